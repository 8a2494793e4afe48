/**
 * Insights: what management reads. First the morning daily report (日報): per rep and per team, the activities
 * by channel and type, new customers, overdue follow-ups and input compliance of the days since the last report,
 * on a page, through the API and by e-mail at each team's time on business days.
 * <p>
 * Reads other modules through their facades only; nothing depends on this module (no module may list it). Deal
 * figures come from the sales module ({@code SalesDay}), orders and payments from commerce ({@code CommerceDay}), the
 * backlog from work ({@code Backlog}).
 * <p>
 * Also the home page ({@code home.Home}): cards read from each module's facades — a rep's follow-ups, tasks, stalled
 * deals, unpaid orders, yesterday's figures, renewals (success); a manager's budget vs actual, stalled deals, overdue
 * payments, compliance ranking, board backlog and daily report; customers by lifecycle phase — chosen per job role by
 * administrators and ordered by each user. And reports people build ({@code report.Reports}): a definition over deals,
 * activities, notes, orders or customers run to a table and a chart, with the records behind each bar — the one place this
 * module reads other modules' tables, declared below.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * activities, sales, commerce, work, success.
 */
@ApplicationModule(displayName = "Insights",
        allowedDependencies = {"identity", "customers", "activities", "sales", "commerce", "work", "success"})
@ReadsTables(module = "sales", tables = {"deal", "pipeline_stage"},
        why = "reports people build on deals: counts and sums grouped by owner, stage, status, month (read-only)")
@ReadsTables(module = "activities", tables = {"activity", "activity_option", "activity_day_count"},
        why = "reports people build on activities and notes: counts by rep, channel, type, month, from the daily rollup "
                + "when a report groups and filters only by those (read-only)")
@ReadsTables(module = "commerce", tables = "sales_order",
        why = "reports people build on orders: counts and amounts by owner, customer, month (read-only)")
@ReadsTables(module = "customers", tables = "company",
        why = "reports people build on customers, and the customer's name on every report's records (read-only)")
@ReadsTables(module = "identity", tables = "app_user",
        why = "the owner's name in reports grouped by person and on saved reports (read-only)")
package dev.kizuna.insights;

import dev.kizuna.platform.db.ReadsTables;
import org.springframework.modulith.ApplicationModule;
