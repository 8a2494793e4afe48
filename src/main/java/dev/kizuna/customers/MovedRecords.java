package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

/**
 * What one module moved in a merge: {@code kind} names the records (its message key is {@code records.<kind>},
 * e.g. {@code records.orders} 「受注 {0}件」), {@code ids} are theirs. Kept whole in the merge's audit entry.
 */
public record MovedRecords(String module, String kind, int count, List<UUID> ids) {

    public static MovedRecords of(String module, String kind, List<UUID> ids) {
        return new MovedRecords(module, kind, ids.size(), List.copyOf(ids));
    }
}
