package dev.kizuna.customers;

import java.util.Set;
import java.util.UUID;

/**
 * A customer was changed; {@code changedFields} names what changed, as the customers list names fields
 * ({@code prefecture}, {@code employeeCount}, {@code status}, {@code tags}, … and {@code customFields.<key>}).
 * Playbooks with the trigger field_changed start on it.
 */
public record CompanyUpdated(UUID companyId, Set<String> changedFields) {

    /** The fields whose values differ between two readings of the same customer (bookkeeping fields left out). */
    static Set<String> changed(Company before, Company after) {
        Set<String> changed = new java.util.TreeSet<>();
        for (var c : Company.class.getRecordComponents()) {
            String name = c.getName();
            if (Set.of("version", "createdAt", "updatedAt", "lastActivityAt", "ownerName", "phoneDisplay", "customFields")
                    .contains(name)) {
                continue;
            }
            try {
                if (!java.util.Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    changed.add(name);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        java.util.Map<String, Object> b = before.customFields() == null ? java.util.Map.of() : before.customFields();
        java.util.Map<String, Object> a = after.customFields() == null ? java.util.Map.of() : after.customFields();
        var keys = new java.util.HashSet<String>(b.keySet());
        keys.addAll(a.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(b.get(k), a.get(k))) {
                changed.add("customFields." + k);
            }
        }
        return changed;
    }
}
