package dev.kizuna.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real address for each page that shows one record, taken from the records in the database (the sweep runs on the
 * sample data plus the few records {@link SweepRecords} makes): the link walk reaches most record pages from their
 * lists, and these make sure the others are swept too, however the menus change. A route listed here with no row to
 * show stays unreached, and the sweep fails saying so.
 */
final class SweepSeeds {

    /** Route → the query for the value of its one variable (the newest record, so one made for the sweep). */
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        seed("select id from activity", "/activities/{id}");
        seed("select id from custom_field", "/admin/custom-fields/{id}");
        seed("select id from assignment_rule", "/admin/lead-assignment/rules/{id}");
        seed("select id from pipeline where not retired", "/admin/pipelines/{id}");
        seed("select id from product", "/admin/products/{id}");
        seed("select id from job_role where not retired", "/admin/roles/{id}");
        seed("select id from team", "/admin/teams/{id}");
        seed("select id from app_user where active", "/admin/users/{id}");
        seed("select id from webhook", "/admin/webhooks/{id}");
        seed("select id from board where not retired", "/boards/{id}", "/boards/{id}/edit");
        seed("select id from business_card", "/cards/{id}");
        seed("select id from contact", "/contacts/{id}");
        seed("select id from company", "/customers/{id}", "/customers/{id}/edit", "/customers/{companyId}/contacts/new",
                "/customers/{companyId}/timeline");
        // A customer with a success plan (one without is sent on to make one).
        seed("select company_id as id from success_plan", "/customers/{companyId}/success");
        seed("select id from dashboard", "/dashboards/{id}");
        seed("select id from deal", "/deals/{id}", "/deals/{id}/edit", "/deals/{id}/coaching", "/deals/{dealId}/quotes",
                "/deals/{dealId}/quotes/new");
        seed("select id from success_health_model", "/health/models/{id}");
        seed("select id from data_import", "/imports/{id}", "/imports/{id}/progress");
        seed("select id from sku", "/inventory/skus/{id}");
        seed("select id from stock_take", "/inventory/takes/{id}");
        seed("select id from lead", "/leads/{id}");
        seed("select id from campaign", "/marketing/campaigns/{id}", "/marketing/campaigns/{id}/progress",
                "/marketing/campaigns/{id}/send");
        seed("select id from segment", "/marketing/segments/{id}", "/marketing/segments/{id}/count");
        seed("select id from step_sequence", "/marketing/sequences/{id}", "/marketing/sequences/{id}/edit");
        seed("select id from email_template", "/marketing/templates/{id}");
        seed("select id from sales_order", "/orders/{id}", "/orders/{orderId}/tasks");
        seed("select id from playbook_run", "/playbook-runs/{id}");
        seed("select id from playbook", "/playbooks/{id}/edit");
        seed("select id from quote", "/quotes/{id}", "/quotes/{id}/edit");
        seed("select id from report", "/reports/{id}", "/reports/{id}/records");
        seed("select id from subscription", "/subscriptions/{id}");
        seed("select id from success_contract", "/success/contracts/{id}");
        seed("select id from success_plan", "/success/plans/{id}");
        seed("select id from target_list", "/target-lists/{id}", "/target-lists/{id}/edit");
        seed("select id from task", "/tasks/{id}", "/tasks/{id}/edit");
        seed("select unsubscribe_token as id from marketing_mail", "/u/{token}");
        seed("select id from voice_feedback", "/voice/feedback/{id}");
        seed("select id from voice_letter", "/voice/letters/{id}");
        seed("select id from voice_survey", "/voice/surveys/{id}");
    }

    private static void seed(String query, String... routes) {
        for (String route : routes) {
            QUERIES.put(route, query);
        }
    }

    private final JdbcClient jdbc;
    private final Map<String, String> made;

    /** {@code made}: addresses for routes whose value is not in the database as such (a survey link's token). */
    SweepSeeds(JdbcClient jdbc, Map<String, String> made) {
        this.jdbc = jdbc;
        this.made = made;
    }

    /** Routes with a variable that no query here serves (a new record page: add its query). */
    static List<String> unserved(List<String> routes) {
        return routes.stream().filter(r -> r.contains("{")).filter(r -> !QUERIES.containsKey(r))
                .filter(r -> !r.equals("/daily-reports/{date}") && !r.equals("/s/{token}")).toList();
    }

    /** A path that shows the route, if there is a record for it. */
    Optional<String> pathFor(String route) {
        if (made.containsKey(route)) {
            return Optional.of(made.get(route));
        }
        if (route.equals("/daily-reports/{date}")) {
            return Optional.of("/daily-reports/" + LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1));
        }
        String query = QUERIES.get(route);
        if (query == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id::text from (" + query + ") r order by id desc limit 1").query(String.class).optional()
                .map(value -> route.replaceFirst("\\{[^}]+}", value).replaceAll("\\{[^}]+}", value));
    }
}
