package dev.kizuna.inventory;

import java.util.List;
import java.util.UUID;

/** What is typed for a SKU; null leaves a value as it is on a change. Enclosures replace the list when given. */
public record SkuDraft(String code, String name, String kind, UUID productId, Integer reorderPoint, Boolean active,
        List<EnclosureDraft> enclosures) {

    public record EnclosureDraft(UUID skuId, Integer quantity) {
    }
}
