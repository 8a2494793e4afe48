package dev.kizuna.customers.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.Money;
import dev.kizuna.platform.api.RuleViolationException;

/** Customers as JSON: lower-case kinds and statuses, phone in both forms, money as amount + currency. */
final class CompanyJson {

    private CompanyJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CompanyResponse(String id, String kind, String name, String nameKana, String corporateNumber,
            String postalCode, String prefecture, String city, String street, String building, String phone,
            String phoneDisplay, String email, String website, String representative, String industry,
            Integer employeeCount, Money annualRevenue, String leadSource, String ownerId, String ownerName,
            List<String> tags, String status, LocalDate birthday, boolean emailOptIn, boolean phoneOptIn,
            boolean lineOptIn, boolean postalOptOut, Map<String, Object> customFields, long version,
            Instant createdAt, Instant updatedAt, Instant lastActivityAt) {

        static CompanyResponse of(Company c) {
            return new CompanyResponse(c.id().toString(), lower(c.kind()), c.name(), c.nameKana(), c.corporateNumber(),
                    c.postalCode(), c.prefecture(), c.city(), c.street(), c.building(), c.phone(), c.phoneDisplay(),
                    c.email(), c.website(), c.representative(), c.industry(), c.employeeCount(),
                    Money.yen(c.annualRevenue()), c.leadSource(), c.ownerId() == null ? null : c.ownerId().toString(),
                    c.ownerName(), c.tags(), lower(c.status()), c.birthday(), c.emailOptIn(), c.phoneOptIn(),
                    c.lineOptIn(), c.postalOptOut(), c.customFields(), c.version(), c.createdAt(), c.updatedAt(), c.lastActivityAt());
        }
    }

    /** Create or change; on PATCH, absent fields keep their value. {@code id} only matters in a bulk call. */
    record CompanyRequest(String id, Long version, String kind, String name, String nameKana, String corporateNumber,
            String postalCode, String prefecture, String city, String street, String building, String phone,
            String email, String website, String representative, String industry, Integer employeeCount,
            Money annualRevenue, String leadSource, String ownerId, List<String> tags, String status,
            LocalDate birthday, Boolean emailOptIn, Boolean phoneOptIn, Boolean lineOptIn, Boolean postalOptOut,
            Map<String, Object> customFields) {

        CompanyDraft merge(CompanyDraft base) {
            return new CompanyDraft(
                    kind == null ? base.kind() : parse(CompanyKind.class, "kind", kind),
                    or(name, base.name()), or(nameKana, base.nameKana()), or(corporateNumber, base.corporateNumber()),
                    or(postalCode, base.postalCode()), or(prefecture, base.prefecture()), or(city, base.city()),
                    or(street, base.street()), or(building, base.building()), or(phone, base.phone()),
                    or(email, base.email()), or(website, base.website()), or(representative, base.representative()),
                    or(industry, base.industry()), employeeCount == null ? base.employeeCount() : employeeCount,
                    annualRevenue == null ? base.annualRevenue() : yen(annualRevenue),
                    or(leadSource, base.leadSource()),
                    ownerId == null ? base.ownerId() : Ids.parse(ownerId).orElseThrow(
                            () -> new RuleViolationException(FieldProblem.of("ownerId", "UnknownId"))),
                    tags == null ? base.tags() : tags,
                    status == null ? base.status() : parse(CompanyStatus.class, "status", status),
                    birthday == null ? base.birthday() : birthday,
                    emailOptIn == null ? base.emailOptIn() : emailOptIn, phoneOptIn == null ? base.phoneOptIn() : phoneOptIn,
                    lineOptIn == null ? base.lineOptIn() : lineOptIn,
                    postalOptOut == null ? base.postalOptOut() : postalOptOut,
                    customFields == null ? base.customFields() : mergedCustom(base.customFields(), customFields));
        }
    }

    /** What a new customer starts from: a company, a prospect, nothing else filled in. */
    static final CompanyDraft EMPTY = new CompanyDraft(CompanyKind.COMPANY, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, List.of(), CompanyStatus.PROSPECT, null, false, false, false, Map.of());

    /** Custom values on PATCH: keys sent replace the stored value; a null clears it; keys not sent keep theirs. */
    static Map<String, Object> mergedCustom(Map<String, Object> base, Map<String, Object> sent) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(base == null ? Map.of() : base);
        sent.forEach((k, v) -> out.put(k, v == null ? "" : v));
        return out;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new RuleViolationException(FieldProblem.of(field, "OneOf", String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(CompanyJson::lower).toList())));
    }

    private static Long yen(Money money) {
        if (money.currency() != null && !Money.YEN.equals(money.currency())) {
            throw new RuleViolationException(FieldProblem.of("annualRevenue.currency", "OneOf", Money.YEN));
        }
        return money.amount();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
