package dev.kizuna.dataio;

import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.commerce.ImportedOrdersUndo;
import dev.kizuna.sales.Deals;
import org.springframework.stereotype.Component;

/** Undoes a history import through the owning module: its activities, deals, orders or payments are deleted again. */
@Component
class HistoryUndo {

    private final Activities activities;
    private final Deals deals;
    private final ImportedOrdersUndo orders;

    HistoryUndo(Activities activities, Deals deals, ImportedOrdersUndo orders) {
        this.activities = activities;
        this.deals = deals;
        this.orders = orders;
    }

    int delete(String objectType, List<UUID> ids) {
        return switch (objectType) {
            case Imports.OBJECT_ACTIVITY -> activities.deleteImported(ids);
            case Imports.OBJECT_DEAL -> deals.deleteImported(ids);
            case Imports.OBJECT_ORDER -> orders.deleteImported(ids);
            case Imports.OBJECT_PAYMENT -> orders.deleteImportedPayments(ids);
            default -> throw new IllegalArgumentException(objectType);
        };
    }
}
