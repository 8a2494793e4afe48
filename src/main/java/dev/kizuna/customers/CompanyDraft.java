package dev.kizuna.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer as typed into a form or an API body, before the rules have checked it. {@code customFields}: values
 * by key as typed; keys absent keep their stored value, an empty value clears it. {@code postalOptOut} (DM・郵送物 不要):
 * null keeps what is stored (a new customer: accepts postal mail).
 */
public record CompanyDraft(CompanyKind kind, String name, String nameKana, String corporateNumber,
        String postalCode, String prefecture, String city, String street, String building, String phone,
        String email, String website, String representative, String industry, Integer employeeCount,
        Long annualRevenue, String leadSource, UUID ownerId, List<String> tags, CompanyStatus status,
        LocalDate birthday, boolean emailOptIn, boolean phoneOptIn, boolean lineOptIn, Boolean postalOptOut,
        Map<String, Object> customFields) {

    /** A draft that keeps the stored postal opt-out. */
    public CompanyDraft(CompanyKind kind, String name, String nameKana, String corporateNumber, String postalCode,
            String prefecture, String city, String street, String building, String phone, String email, String website,
            String representative, String industry, Integer employeeCount, Long annualRevenue, String leadSource,
            UUID ownerId, List<String> tags, CompanyStatus status, LocalDate birthday, boolean emailOptIn,
            boolean phoneOptIn, boolean lineOptIn, Map<String, Object> customFields) {
        this(kind, name, nameKana, corporateNumber, postalCode, prefecture, city, street, building, phone, email,
                website, representative, industry, employeeCount, annualRevenue, leadSource, ownerId, tags, status,
                birthday, emailOptIn, phoneOptIn, lineOptIn, null, customFields);
    }

    /** The same draft with the postal opt-out set (true: DM・郵送物 不要). */
    public CompanyDraft withPostalOptOut(Boolean optOut) {
        return new CompanyDraft(kind, name, nameKana, corporateNumber, postalCode, prefecture, city, street, building,
                phone, email, website, representative, industry, employeeCount, annualRevenue, leadSource, ownerId,
                tags, status, birthday, emailOptIn, phoneOptIn, lineOptIn, optOut, customFields);
    }

    /** The same draft with other custom values. */
    public CompanyDraft withCustomFields(Map<String, Object> values) {
        return new CompanyDraft(kind, name, nameKana, corporateNumber, postalCode, prefecture, city, street, building,
                phone, email, website, representative, industry, employeeCount, annualRevenue, leadSource, ownerId,
                tags, status, birthday, emailOptIn, phoneOptIn, lineOptIn, postalOptOut, values);
    }

    public static CompanyDraft of(Company c) {
        return new CompanyDraft(c.kind(), c.name(), c.nameKana(), c.corporateNumber(), c.postalCode(), c.prefecture(),
                c.city(), c.street(), c.building(), c.phoneDisplay(), c.email(), c.website(), c.representative(),
                c.industry(), c.employeeCount(), c.annualRevenue(), c.leadSource(), c.ownerId(), c.tags(), c.status(),
                c.birthday(), c.emailOptIn(), c.phoneOptIn(), c.lineOptIn(), c.postalOptOut(), c.customFields());
    }
}
