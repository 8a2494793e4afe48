package dev.kizuna.dataio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kizuna.customers.CustomField;

/**
 * The fields a file of one kind of record can fill, the fields that find an existing record, and the header names
 * (Japanese, English, and those of kintone, Salesforce and HubSpot exports) that mean each field. Used for contacts,
 * activities, deals and payments; customers have their own richer {@link CompanyColumns}.
 */
final class ColumnSet {

    final List<String> targets;
    final List<String> keys;
    private final Map<String, String> synonyms = new HashMap<>();

    ColumnSet(List<String> targets, List<String> keys) {
        this.targets = targets;
        this.keys = keys;
    }

    /** Header names that mean {@code target}; earlier ones win. */
    ColumnSet synonyms(String target, String... headers) {
        if (!targets.contains(target)) {
            throw new IllegalArgumentException(target);
        }
        for (String header : headers) {
            synonyms.putIfAbsent(CompanyColumns.key(header), target);
        }
        return this;
    }

    /**
     * The target of each column ("" = left out): by synonym, then by a custom field's label, then by Kizuna's own
     * label of the target ({@code labels}: label → target, both languages), so an exported file imports back.
     */
    List<String> autoMatch(List<String> header, List<CustomField> customFields, Map<String, String> labels) {
        Map<String, String> known = new HashMap<>();
        for (CustomField field : customFields) {
            known.putIfAbsent(CompanyColumns.key(field.label()), field.name());
            if (!field.labelEn().isBlank()) {
                known.putIfAbsent(CompanyColumns.key(field.labelEn()), field.name());
            }
        }
        labels.forEach((label, target) -> known.putIfAbsent(CompanyColumns.key(label), target));
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String column : header) {
            String k = CompanyColumns.key(column);
            String target = synonyms.getOrDefault(k, known.get(k));
            if (target == null || !taken.add(target)) {
                target = "";
            }
            out.add(target);
        }
        return out;
    }

    boolean known(String target, List<CustomField> customFields) {
        return target.isEmpty() || targets.contains(target)
                || customFields.stream().anyMatch(f -> f.name().equals(target));
    }
}
