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
package dev.kizuna.sales;
