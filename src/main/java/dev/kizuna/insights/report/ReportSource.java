package dev.kizuna.insights.report;

import static dev.kizuna.insights.report.ReportField.date;
import static dev.kizuna.insights.report.ReportField.number;
import static dev.kizuna.insights.report.ReportField.person;
import static dev.kizuna.insights.report.ReportField.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report may be built on: deals, activities, orders and customers, each a FROM clause (with its "from") over its module's
 * tables (read-only, declared in insights' package-info) with its fields, the record's title and its page.
 */
record ReportSource(String name, String from, String id, String title, String href, List<ReportField> fields) {

    static final Map<String, ReportSource> ALL = Map.of(
            "deals", new ReportSource("deals", """
                    from deal d join company c on c.id = d.company_id join pipeline_stage s on s.id = d.stage_id
                    left join app_user u on u.id = d.owner_id""", "d.id", "d.title", "/deals/", List.of(
                    person("owner", "coalesce(u.display_name, '')"), text("stage", "s.name"), text("status", "d.status"),
                    text("leadSource", "coalesce(d.lead_source, '')"), text("customer", "c.name"),
                    number("amount", "d.amount"), date("createdAt", "d.created_at"), date("closedAt", "d.closed_at"),
                    date("expectedCloseOn", "d.expected_close_on"))),
            "activities", new ReportSource("activities", """
                    from activity a join company c on c.id = a.company_id left join app_user u on u.id = a.user_id
                    left join activity_option ch on ch.id = a.channel_id left join activity_option ty on ty.id = a.type_id""",
                    "a.id", "c.name || ' ' || coalesce(ty.name, '')", "/activities/", List.of(
                    person("user", "coalesce(u.display_name, '')"), text("channel", "coalesce(ch.name, '')"),
                    text("type", "coalesce(ty.name, '')"), text("outcome", "coalesce(a.outcome, '')"),
                    text("customer", "c.name"), date("occurredAt", "a.occurred_at"))),
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

    Optional<ReportField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
