package dev.kizuna.dataio;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.text.PhoneNumbers;

/**
 * Finds the customer a row of contacts, activities or deals belongs to: by the id it had in the former system
 * ({@code companyExternalId}), then its phone number ({@code companyPhone}), then its exact name
 * ({@code companyName}). One query per way per batch.
 */
final class CompanyLookup {

    static final List<String> TARGETS = List.of("companyExternalId", "companyPhone", "companyName");

    private final Map<String, List<UUID>> found = new HashMap<>();

    CompanyLookup(List<Map<String, String>> rows, ImportRepository imports, CompanyImports companies) {
        for (String target : TARGETS) {
            Set<String> values = new HashSet<>();
            rows.forEach(v -> {
                String key = key(target, v.get(target));
                if (key != null) {
                    values.add(key);
                }
            });
            if (values.isEmpty()) {
                continue;
            }
            Map<String, List<UUID>> byKey = switch (target) {
                case "companyExternalId" -> {
                    Map<String, List<UUID>> byId = new HashMap<>();
                    imports.byExternalId(Imports.OBJECT_COMPANY, values).forEach((k, id) -> byId.put(k, List.of(id)));
                    yield byId;
                }
                case "companyPhone" -> companies.idsByPhone(values);
                default -> companies.idsByName(values);
            };
            byKey.forEach((k, ids) -> found.put(target + ":" + k, ids));
        }
    }

    /**
     * The row's customer, or null when the row names none; a name, number or id that matches no customer, or more
     * than one, is a problem of that column.
     */
    UUID companyOf(Map<String, String> v) {
        for (String target : TARGETS) {
            String key = key(target, v.get(target));
            if (key == null) {
                continue;
            }
            List<UUID> ids = found.getOrDefault(target + ":" + key, List.of());
            if (ids.size() > 1) {
                throw new RuleViolationException(new FieldProblem(target, "ImportAmbiguous", List.of(ids.size())));
            }
            if (ids.isEmpty()) {
                throw new RuleViolationException(FieldProblem.of(target, "ImportCompanyNotFound"));
            }
            return ids.getFirst();
        }
        return null;
    }

    /** The column a "companyId" problem belongs to: the first way of finding the customer the file maps. */
    static String targetOf(List<String> mapping) {
        return TARGETS.stream().filter(mapping::contains).findFirst().orElse("companyName");
    }

    private static String key(String target, String raw) {
        String clean = Transforms.clean(raw);
        if (clean == null) {
            return null;
        }
        return "companyPhone".equals(target) ? PhoneNumbers.toE164(clean).orElse(null) : clean;
    }
}
