package dev.kizuna.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the inventory fields in error messages ({@code inventory.field.<name>}), only on inventory's pages and API. */
@Component
class InventoryFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("sku", "skuId", "code", "name", "kind", "productId", "reorderPoint",
            "enclosures", "quantity", "locationId", "toLocationId", "movedOn", "reason", "note", "purpose",
            "campaignId", "label", "untilOn", "title", "lines", "counted", "status", "months", "customers",
            "campaignDemandId", "startsOn", "expectedOrders", "perOrder", "month", "plannedReceipts",
            "plannedShipments", "noticeEmail", "noticeWebhook", "orderId", "orderLine", "skuIds");

    private static final List<String> PATHS = List.of("/api/v1/skus", "/api/v1/locations", "/api/v1/stock",
            "/api/v1/allocations", "/api/v1/campaign-demands", "/inventory");

    private final MessageSource messages;

    InventoryFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean labels(String path) {
        return PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        name = name.replaceAll("^\\w+\\[\\d+\\]\\.", "").replaceAll("\\[\\d+\\]$", "");
        return FIELDS.contains(name) ? Optional.of(messages.getMessage("inventory.field." + name, null, name, locale))
                : Optional.empty();
    }
}
