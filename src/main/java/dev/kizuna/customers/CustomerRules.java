package dev.kizuna.customers;

import java.net.URI;
import java.util.List;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.text.JapaneseText;
import dev.kizuna.platform.text.PhoneNumbers;

/** What every customer and contact record keeps, and how typed values are cleaned before they are stored. */
final class CustomerRules {

    private CustomerRules() {
    }

    /**
     * Cleaned values of a draft: text as typed (trimmed), katakana reading, digits-only numbers, E.164 phone; the
     * web address and tags (keys that lists filter on) NFKC-folded.
     */
    record Clean(String name, String nameKana, String corporateNumber, String postalCode, String phone,
            String phoneDisplay, String email, String website, List<String> tags,
            java.util.Map<String, Object> customFields) {

        Clean withCustomFields(java.util.Map<String, Object> values) {
            return new Clean(name, nameKana, corporateNumber, postalCode, phone, phoneDisplay, email, website, tags,
                    values);
        }
    }

    static Clean clean(CompanyDraft d) {
        String phone = PhoneNumbers.toE164(d.phone()).orElse(null);
        return new Clean(text(d.name()), reading(d.nameKana()), digitsOrNull(d.corporateNumber()),
                digitsOrNull(d.postalCode()), phone, phoneDisplay(d.phone(), phone), emailOrNull(d.email()),
                folded(d.website()), d.tags() == null ? List.of()
                        : d.tags().stream().map(CustomerRules::folded).filter(t -> !t.isEmpty()).distinct().toList(),
                java.util.Map.of());
    }

    /** Longest e-mail address (RFC 5321's path limit). */
    static final int EMAIL_MAX = 254;

    /**
     * The limits of the text fields as typed, checked before anything else is done with them (the duplicate check
     * included): names 200 characters, codes and numbers 50, indexed columns short enough for their index.
     */
    static Check lengths(CompanyDraft d) {
        Check check = Check.of()
                .maxLength("name", d.name(), 200)
                .maxLength("nameKana", d.nameKana(), 200)
                .maxLength("corporateNumber", d.corporateNumber(), 50)
                .maxLength("postalCode", d.postalCode(), 50)
                .maxLength("prefecture", d.prefecture(), 50)
                .maxLength("city", d.city(), 100)
                .maxLength("phone", d.phone(), 50)
                .maxLength("email", d.email(), EMAIL_MAX)
                .maxLength("website", d.website(), 2000)
                .maxLength("industry", d.industry(), 100)
                .maxLength("leadSource", d.leadSource(), 60);
        if (d.tags() != null) {
            check.failIf(d.tags().size() > 100, "tags", "MaxItems", 100)
                    .failIf(d.tags().stream().anyMatch(t -> t != null && t.codePointCount(0, t.length()) > 40),
                            "tags", "Size", 40);
        }
        return check;
    }

    static Check check(CompanyDraft d, Clean c) {
        return lengths(d)
                .required("kind", d.kind())
                .required("name", c.name())
                .maxLength("name", c.name(), 200)
                .maxLength("nameKana", c.nameKana(), 200)
                .failIf(!JapaneseText.isReading(c.nameKana()), "nameKana", "Kana")
                .failIf(c.corporateNumber() != null && !CorporateNumbers.isValid(c.corporateNumber()),
                        "corporateNumber", "CorporateNumber")
                .failIf(c.postalCode() != null && c.postalCode().length() != 7, "postalCode", "PostalCode")
                .failIf(hasText(d.phone()) && c.phone() == null, "phone", "Phone")
                .email("email", c.email())
                .failIf(hasText(c.website()) && !isWebAddress(c.website()), "website", "Url")
                .failIf(d.employeeCount() != null && d.employeeCount() < 0, "employeeCount", "Range", 0, Integer.MAX_VALUE)
                .failIf(d.annualRevenue() != null && d.annualRevenue() < 0, "annualRevenue", "Range", 0, Long.MAX_VALUE)
                .maxLength("street", d.street(), 200)
                .maxLength("building", d.building(), 200)
                .maxLength("representative", d.representative(), 100)
                .required("status", d.status());
    }

    /** Kept as typed when it was written with hyphens (area codes vary), else formatted from E.164. */
    static String phoneDisplay(String typed, String e164) {
        if (e164 == null) {
            return "";
        }
        String normalized = JapaneseText.normalize(typed);
        return normalized != null && normalized.matches("[0-9]{2,5}-[0-9]{1,4}-[0-9]{3,4}")
                ? normalized : PhoneNumbers.display(e164);
    }

    /** Text as the person typed or imported it (trimmed): ㈱ stays ㈱, ① stays ①; never null. */
    static String text(String s) {
        String n = JapaneseText.asTyped(s);
        return n == null ? "" : n;
    }

    /** NFKC-folded, for keys compared exactly (tags, web addresses, choices); never null. */
    static String folded(String s) {
        String n = JapaneseText.normalize(s);
        return n == null ? "" : n;
    }

    static String reading(String s) {
        String r = JapaneseText.toKatakanaReading(s);
        return r == null ? "" : r;
    }

    static String emailOrNull(String s) {
        String n = JapaneseText.normalize(s);
        return n == null || n.isEmpty() ? null : n.toLowerCase(java.util.Locale.ROOT);
    }

    static String digitsOrNull(String s) {
        String digits = PhoneNumbers.digits(s);
        return digits.isEmpty() ? (hasText(s) ? JapaneseText.normalize(s) : null) : digits;
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    static boolean isWebAddress(String s) {
        try {
            URI uri = URI.create(s.startsWith("http") ? s : "https://" + s);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern LEGAL_FORMS = java.util.regex.Pattern.compile(
            "株式会社|有限会社|合同会社|合名会社|合資会社|一般社団法人|一般財団法人|医療法人社団|医療法人|税理士法人|"
                    + "\\(株\\)|\\(有\\)|㈱|㈲");

    /** A company's name as compared for duplicates: folded, without 株式会社, (株) and the like. */
    static String nameKey(String name) {
        return JapaneseText.searchKey(name == null ? "" : LEGAL_FORMS.matcher(JapaneseText.normalize(name)).replaceAll(""));
    }

    /** Everything a person might type to find the customer, folded the way a search is folded. */
    static String searchText(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(JapaneseText.searchKey(part)).append(' ');
            }
        }
        return out.toString().strip();
    }
}
