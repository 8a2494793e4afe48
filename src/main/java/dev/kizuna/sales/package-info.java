/**
 * Sales (営業プロセス): pipelines and their stages as data, deals (商談) moving through them with every stage change
 * recorded, lost reasons, stalled deals (停滞); their owners and managers are told through the notifications module.
 * <p>
 * Public face: the facades {@link dev.kizuna.sales.Pipelines}, {@link dev.kizuna.sales.Deals},
 * {@link dev.kizuna.sales.StalledDeals} and {@link dev.kizuna.sales.SalesDay}
 * (deal figures of a period for the daily report); the events {@link dev.kizuna.sales.DealStageChanged},
 * {@link dev.kizuna.sales.DealWon} and {@link dev.kizuna.sales.DealLost}. Deals show on a customer's page
 * (a {@code CustomerPanel}) and timeline (a {@code TimelineSource}); their custom fields are the customer
 * master's ({@code CustomFields}, object {@code deal}).
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * activities, notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales",
        allowedDependencies = {"identity", "customers", "activities", "notifications"})
@ReadsTables(module = "identity", tables = "app_user",
        why = "names of owners, assignees and coaching authors on deal, lead and coaching lists; sample data "
                + "finds its sample staff by e-mail")
@ReadsTables(module = "customers", tables = {"company", "contact"},
        why = "customer and contact names on deal lists and the board")
package dev.kizuna.sales;

import dev.kizuna.platform.db.ReadsTables;
