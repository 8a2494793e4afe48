package dev.kizuna.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer: a company (取引先) or an individual (個人顧客). Phone is E.164 ({@code phone}) with its Japanese
 * form ({@code phoneDisplay}); postal code is 7 digits; money in yen. {@code customFields} holds the values of
 * the administrator's custom fields by key (text, numbers, yen, YYYY-MM-DD dates, choices, booleans, user ids).
 * {@code postalOptOut}: the customer asked for no postal DM or postcards (DM・郵送物 不要), so no print list holds
 * them.
 */
public record Company(UUID id, CompanyKind kind, String name, String nameKana, String corporateNumber,
        String postalCode, String prefecture, String city, String street, String building, String phone,
        String phoneDisplay, String email, String website, String representative, String industry,
        Integer employeeCount, Long annualRevenue, String leadSource, UUID ownerId, String ownerName,
        List<String> tags, CompanyStatus status, LocalDate birthday, boolean emailOptIn, boolean phoneOptIn,
        boolean lineOptIn, boolean postalOptOut, Map<String, Object> customFields, long version, Instant createdAt,
        Instant updatedAt, Instant lastActivityAt) {

    /** 123-4567, or empty. */
    public String postalCodeDisplay() {
        return postalCode == null ? "" : postalCode.substring(0, 3) + "-" + postalCode.substring(3);
    }

    /** The address on one line, as written on an envelope. */
    public String address() {
        return (prefecture + city + street + (building.isEmpty() ? "" : " " + building)).strip();
    }

    AuditView audit() {
        return new AuditView(kind, name, nameKana, corporateNumber, postalCode, address(), phone, email, website,
                representative, industry, employeeCount, annualRevenue, leadSource, ownerId, tags, status, emailOptIn,
                phoneOptIn, lineOptIn, postalOptOut, customFields);
    }

    record AuditView(CompanyKind kind, String name, String nameKana, String corporateNumber, String postalCode,
            String address, String phone, String email, String website, String representative, String industry,
            Integer employeeCount, Long annualRevenue, String leadSource, UUID ownerId, List<String> tags,
            CompanyStatus status, boolean emailOptIn, boolean phoneOptIn, boolean lineOptIn, boolean postalOptOut,
            Map<String, Object> customFields) {
    }
}
