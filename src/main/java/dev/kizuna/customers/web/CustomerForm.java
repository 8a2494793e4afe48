package dev.kizuna.customers.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The customer form as typed (tags as one comma-separated line), kept as typed when a rule is broken.
 * Checkboxes are {@code Boolean}: an unticked box sends nothing, which is false, not a binding error.
 */
record CustomerForm(CompanyKind kind, String name, String nameKana, String corporateNumber, String postalCode,
        String prefecture, String city, String street, String building, String phone, String email, String website,
        String representative, String industry, Integer employeeCount, Long annualRevenue, String leadSource,
        UUID ownerId, String tags, CompanyStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthday,
        Boolean emailOptIn, Boolean phoneOptIn, Boolean lineOptIn, Boolean postalOptOut, Long version) {

    static CustomerForm blank(CompanyKind kind, UUID ownerId) {
        return new CustomerForm(kind, "", "", "", "", "", "", "", "", "", "", "", "", "", null, null, "", ownerId, "",
                CompanyStatus.PROSPECT, null, false, false, false, false, null);
    }

    static CustomerForm of(Company c) {
        return new CustomerForm(c.kind(), c.name(), c.nameKana(), c.corporateNumber(), c.postalCodeDisplay(),
                c.prefecture(), c.city(), c.street(), c.building(), c.phoneDisplay(), c.email(), c.website(),
                c.representative(), c.industry(), c.employeeCount(), c.annualRevenue(), c.leadSource(), c.ownerId(),
                String.join(", ", c.tags()), c.status(), c.birthday(), c.emailOptIn(), c.phoneOptIn(), c.lineOptIn(),
                c.postalOptOut(), c.version());
    }

    public boolean individual() {
        return kind == CompanyKind.INDIVIDUAL;
    }

    CompanyDraft toDraft() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split("[,、，]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        return new CompanyDraft(kind, name, nameKana, corporateNumber, postalCode, prefecture, city, street, building,
                phone, email, website, representative, industry, employeeCount, annualRevenue, leadSource, ownerId,
                tagList, status, birthday, Boolean.TRUE.equals(emailOptIn), Boolean.TRUE.equals(phoneOptIn),
                Boolean.TRUE.equals(lineOptIn), Boolean.TRUE.equals(postalOptOut), java.util.Map.of());
    }
}
