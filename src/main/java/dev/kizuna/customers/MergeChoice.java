package dev.kizuna.customers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kizuna.platform.api.Check;

/**
 * Which record each field of a merge takes its value from: the survivor's ("keep", the default) or the merged
 * record's ("merge"). Unknown fields and other values are refused, naming the field as {@code take.<field>}.
 */
record MergeChoice(Set<String> fromMerged) {

    static MergeChoice parse(Map<String, String> take, List<String> fields) {
        Check check = Check.of();
        Set<String> fromMerged = new LinkedHashSet<>();
        if (take != null) {
            take.forEach((field, side) -> {
                check.failIf(!fields.contains(field), "take." + field, "MergeField", String.join(", ", fields));
                check.oneOf("take." + field, side, List.of(CustomerMerge.KEEP, CustomerMerge.MERGE));
                if (CustomerMerge.MERGE.equals(side)) {
                    fromMerged.add(field);
                }
            });
        }
        check.verify();
        return new MergeChoice(Set.copyOf(fromMerged));
    }

    <T> T pick(String field, T keep, T merge) {
        return fromMerged.contains(field) ? merge : keep;
    }

    /**
     * The survivor's customer with the chosen values; tags of both, the survivor's kind and opt-ins; a postal opt-out
     * of either holds (the person asked for no DM, whichever record they were on).
     */
    static CompanyDraft company(Company keep, Company merge, MergeChoice c) {
        CompanyDraft k = CompanyDraft.of(keep);
        CompanyDraft m = CompanyDraft.of(merge);
        CompanyDraft address = c.pick("address", k, m);
        Set<String> tags = new LinkedHashSet<>(k.tags());
        tags.addAll(m.tags());
        return new CompanyDraft(k.kind(), c.pick("name", k.name(), m.name()), c.pick("nameKana", k.nameKana(), m.nameKana()),
                c.pick("corporateNumber", k.corporateNumber(), m.corporateNumber()), address.postalCode(),
                address.prefecture(), address.city(), address.street(), address.building(),
                c.pick("phone", k.phone(), m.phone()), c.pick("email", k.email(), m.email()),
                c.pick("website", k.website(), m.website()),
                c.pick("representative", k.representative(), m.representative()),
                c.pick("industry", k.industry(), m.industry()),
                c.pick("employeeCount", k.employeeCount(), m.employeeCount()),
                c.pick("annualRevenue", k.annualRevenue(), m.annualRevenue()),
                c.pick("leadSource", k.leadSource(), m.leadSource()), c.pick("ownerId", k.ownerId(), m.ownerId()),
                List.copyOf(tags), c.pick("status", k.status(), m.status()), c.pick("birthday", k.birthday(), m.birthday()),
                k.emailOptIn(), k.phoneOptIn(), k.lineOptIn(), keep.postalOptOut() || merge.postalOptOut(),
                customFields(keep.customFields(), merge.customFields(), c));
    }

    /** The survivor's custom values, with those chosen from the merged customer ({@code customFields.<key>}). */
    private static Map<String, Object> customFields(Map<String, Object> keep, Map<String, Object> merge, MergeChoice c) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(keep);
        for (String field : c.fromMerged()) {
            if (field.startsWith(CustomField.PREFIX)) {
                String key = field.substring(CustomField.PREFIX.length());
                Object taken = merge.get(key);
                values.put(key, taken == null ? "" : taken);
            }
        }
        return values;
    }

    /** The survivor contact with the chosen values. */
    static ContactDraft contact(Contact keep, Contact merge, MergeChoice c) {
        ContactDraft k = ContactDraft.of(keep);
        ContactDraft m = ContactDraft.of(merge);
        return new ContactDraft(c.pick("companyId", k.companyId(), m.companyId()), c.pick("name", k.name(), m.name()),
                c.pick("nameKana", k.nameKana(), m.nameKana()), c.pick("department", k.department(), m.department()),
                c.pick("title", k.title(), m.title()), c.pick("phone", k.phone(), m.phone()),
                c.pick("mobile", k.mobile(), m.mobile()), c.pick("email", k.email(), m.email()),
                c.pick("notes", k.notes(), m.notes()), c.pick("primary", k.primary(), m.primary()),
                customFields(keep.customFields(), merge.customFields(), c));
    }
}
