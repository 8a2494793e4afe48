/**
 * Inventory (在庫管理, seed 002 §10, issue 21): SKUs linked to commerce's products and enclosures (同梱物) as SKUs of
 * their own; locations (the default warehouse, an external logistics partner); stock as the sum of append-only
 * movements (receipt, shipment, return, adjustment with a reason, transfer) — a correction is a new movement; orders
 * delivered through commerce ship their lines and enclosures once each ({@code OrderDelivered}); allocations for a
 * campaign or the next subscription deliveries (available = on hand − allocated); reorder points, whose crossing tells
 * the holders of 在庫担当 (or the managers) once through notifications; stock-takes whose
 * differences need a reason before closing; the daily check list; 3- and 6-month forecasts from subscriptions and
 * campaign demand ({@link dev.kizuna.inventory.StockForecast}, plain Java); the monthly plan beside the actuals; the
 * Friday delivery notice to the logistics partner.
 * <p>
 * Public face: the facades {@link dev.kizuna.inventory.Skus}, {@link dev.kizuna.inventory.Locations},
 * {@link dev.kizuna.inventory.Stock}, {@link dev.kizuna.inventory.Allocations},
 * {@link dev.kizuna.inventory.StockTakes}, {@link dev.kizuna.inventory.StockForecasts},
 * {@link dev.kizuna.inventory.StockPlans}, {@link dev.kizuna.inventory.StockCheck} and their records.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, commerce, marketing,
 * notifications (reorder alerts in the header bell).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory",
        allowedDependencies = {"identity", "commerce", "marketing", "notifications"})
@ReadsTables(module = "marketing", tables = {"subscription", "subscription_item"},
        why = "the forecast reads every live subscription's next delivery, cycle and quantities, and each start-month cohort's continuation rate, in one pass")
package dev.kizuna.inventory;

import dev.kizuna.platform.db.ReadsTables;
