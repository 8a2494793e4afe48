package dev.kizuna.insights.report;

import static dev.kizuna.insights.report.ReportField.date;
import static dev.kizuna.insights.report.ReportField.number;
import static dev.kizuna.insights.report.ReportField.person;
import static dev.kizuna.insights.report.ReportField.text;
import static dev.kizuna.insights.report.ReportField.tokyoDay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report may be built on: deals, activities, notes, orders and customers, each a FROM clause (with its "from")
 * over its module's tables (read-only, declared in insights' package-info), the rows of it that are the source's
 * ({@code scope}), how a record is counted ({@code count}), its fields, the record's title and its page.
 * <p>
 * Activities are what reps did with customers (calls, e-mails, visits …: {@code kind = 'activity'}); notes are their
 * own source. A source may have a {@code rollup}: a table of counts kept by its module, with some of its fields, that
 * answers a count grouped and filtered only by those fields (activities: {@code activity_day_count}, per rep, Tokyo
 * day, channel and type, kept by the activities module with every activity logged, changed or deleted).
 */
record ReportSource(String name, String from, String scope, String count, String id, String title, String href,
        List<ReportField> fields, ReportSource rollup) {

    private static final String ACTIVITY_FROM = """
            from activity a join company c on c.id = a.company_id left join app_user u on u.id = a.user_id
            left join activity_option ch on ch.id = a.channel_id left join activity_option ty on ty.id = a.type_id""";

    /** Activities counted per rep, Tokyo day, channel and type: the same names as the raw fields, over the rollup. */
    private static final ReportSource ACTIVITY_DAYS = new ReportSource("activities", """
            from activity_day_count d left join app_user u on u.id = d.user_id
            left join activity_option ch on ch.id = d.channel_id left join activity_option ty on ty.id = d.type_id""",
            "true", "sum(d.activities)", null, null, null, List.of(
            person("user", "coalesce(u.display_name, '')"), text("channel", "coalesce(ch.name, '')"),
            text("type", "coalesce(ty.name, '')"), tokyoDay("occurredAt", "d.day")), null);

    static final Map<String, ReportSource> ALL = Map.of(
            "deals", new ReportSource("deals", """
                    from deal d join company c on c.id = d.company_id join pipeline_stage s on s.id = d.stage_id
                    left join app_user u on u.id = d.owner_id""", "d.id", "d.title", "/deals/", List.of(
                    person("owner", "coalesce(u.display_name, '')"), text("stage", "s.name"), text("status", "d.status"),
                    text("leadSource", "coalesce(d.lead_source, '')"), text("customer", "c.name"),
                    number("amount", "d.amount"), date("createdAt", "d.created_at"), date("closedAt", "d.closed_at"),
                    date("expectedCloseOn", "d.expected_close_on"))),
            "activities", new ReportSource("activities", ACTIVITY_FROM, "a.kind = 'activity'", "count(*)", "a.id",
                    "c.name || ' ' || coalesce(ty.name, '')", "/activities/", List.of(
                    person("user", "coalesce(u.display_name, '')"), text("channel", "coalesce(ch.name, '')"),
                    text("type", "coalesce(ty.name, '')"), text("outcome", "coalesce(a.outcome, '')"),
                    text("customer", "c.name"), date("occurredAt", "a.occurred_at")), ACTIVITY_DAYS),
            "notes", new ReportSource("notes", """
                    from activity a join company c on c.id = a.company_id left join app_user u on u.id = a.user_id""",
                    "a.kind = 'note'", "count(*)", "a.id", "c.name", "/activities/", List.of(
                    person("user", "coalesce(u.display_name, '')"), text("customer", "c.name"),
                    date("occurredAt", "a.occurred_at")), null),
            "orders", new ReportSource("orders", """
                    from sales_order o join company c on c.id = o.company_id left join app_user u on u.id = o.owner_id""",
                    "o.id", "o.number || ' ' || o.title", "/orders/", List.of(
                    person("owner", "coalesce(u.display_name, '')"), text("customer", "c.name"),
                    number("invoiceAmount", "o.invoice_amount"), number("paidAmount", "o.paid_amount"),
                    number("balance", "(o.invoice_amount - o.paid_amount)"), date("orderedOn", "o.ordered_on"),
                    date("dueOn", "o.due_on"))),
            "customers", new ReportSource("customers", """
                    from company c left join app_user u on u.id = c.owner_id""", "c.id", "c.name", "/customers/", List.of(
                    person("owner", "coalesce(u.display_name, '')"), text("status", "c.status"),
                    text("prefecture", "coalesce(c.prefecture, '')"), text("industry", "coalesce(c.industry, '')"),
                    text("leadSource", "coalesce(c.lead_source, '')"), number("employees", "c.employee_count"),
                    number("annualRevenue", "c.annual_revenue"), date("createdAt", "c.created_at"))));

    /** A source of every row of its tables, each counted once, without a rollup. */
    ReportSource(String name, String from, String id, String title, String href, List<ReportField> fields) {
        this(name, from, "true", "count(*)", id, title, href, fields, null);
    }

    Optional<ReportField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
