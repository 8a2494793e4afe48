/**
 * Commerce (受注から入金まで): products and the price list with consumption tax (10% and reduced 8%), quotes
 * (見積書) made from a deal — numbered, revised, printed as a Japanese PDF and e-mailed — and orders (受注) made when
 * a deal is won, with delivery (納品), the invoice amount and due date, and payments (入金), partial ones too. The
 * deal's owner stays responsible until the order is paid: unpaid orders past their due date are listed, flagged to
 * the owner and their managers, and counted in the daily report.
 * <p>
 * Public face: the facades {@link dev.kizuna.commerce.Products}, {@link dev.kizuna.commerce.Quotes},
 * {@link dev.kizuna.commerce.Orders}, {@link dev.kizuna.commerce.CommerceSettings} and
 * {@link dev.kizuna.commerce.CommerceDay} (order and payment figures for the daily report); the events
 * {@link dev.kizuna.commerce.OrderPlaced}, {@link dev.kizuna.commerce.OrderDelivered} and
 * {@link dev.kizuna.commerce.OrderPaid}. Listens to {@code sales.DealWon}; a delivery or the last payment moves the
 * order's deal on to the stage its pipeline reaches on it ({@code Deals.reach}, seed 004's 納品 and 入金). Quotes, orders and payments show on a customer's timeline (a {@code TimelineSource}) and
 * orders on the customer page (a {@code CustomerPanel}). {@code Orders.placeRecurring} makes the order of one delivery of a
 * subscription (定期便, kept by marketing), paid on delivery or later.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * activities, sales, notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commerce",
        allowedDependencies = {"identity", "customers", "activities", "sales", "notifications"})
@ReadsTables(module = "identity", tables = "app_user",
        why = "the owner's name on order lists")
@ReadsTables(module = "customers", tables = "company",
        why = "the customer's name on order lists")
@ReadsTables(module = "sales", tables = "deal",
        why = "the deal's title and owner on quotes and orders; sample data finds its sample deals by title")
package dev.kizuna.commerce;

import dev.kizuna.platform.db.ReadsTables;
