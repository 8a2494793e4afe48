package dev.kizuna.identity.api;

import java.util.Map;
import java.util.TreeMap;

import dev.kizuna.identity.PermissionLevel;

/**
 * The declared minimum permission level of every API operation ("METHOD /path" as in the OpenAPI document), checked
 * by {@link OperationLevelsTest}. A: admin, M: manager, E: member, V: viewer (everyone signed in). A new operation
 * needs a line here, or the build fails.
 */
final class OperationLevels {

    static final Map<String, PermissionLevel> RULES = new TreeMap<>();

    private static final PermissionLevel A = PermissionLevel.ADMIN;
    private static final PermissionLevel M = PermissionLevel.MANAGER;
    private static final PermissionLevel E = PermissionLevel.MEMBER;
    private static final PermissionLevel V = PermissionLevel.VIEWER;

    static {
        rule("GET /api/v1/activities", V);
        rule("POST /api/v1/activities", E);
        rule("GET /api/v1/activities/{id}", V);
        rule("PATCH /api/v1/activities/{id}", E);
        rule("DELETE /api/v1/activities/{id}", E);
        rule("GET /api/v1/activities/{id}/attachments", V);
        rule("POST /api/v1/activities/{id}/attachments", E);
        rule("GET /api/v1/activity-options", V);
        rule("GET /api/v1/assignment-rules", V);
        rule("POST /api/v1/assignment-rules", A);
        rule("GET /api/v1/assignment-rules/default", V);
        rule("PATCH /api/v1/assignment-rules/default", A);
        rule("GET /api/v1/assignment-rules/{id}", V);
        rule("PATCH /api/v1/assignment-rules/{id}", A);
        rule("DELETE /api/v1/assignment-rules/{id}", A);
        rule("GET /api/v1/attachments/{id}/content", V);
        rule("GET /api/v1/audit-events", A);
        rule("GET /api/v1/boards", V);
        rule("POST /api/v1/boards", M);
        rule("GET /api/v1/boards/{id}", V);
        rule("PATCH /api/v1/boards/{id}", M);
        rule("GET /api/v1/boards/{id}/columns", V);
        rule("GET /api/v1/coaching", M);
        rule("GET /api/v1/companies", V);
        rule("POST /api/v1/companies", E);
        rule("POST /api/v1/companies/bulk", E);
        rule("POST /api/v1/companies/bulk-actions", E);
        rule("GET /api/v1/companies/count", V);
        rule("POST /api/v1/companies/duplicate-candidates", V);
        rule("GET /api/v1/companies/duplicates", V);
        rule("GET /api/v1/companies/{id}", V);
        rule("PATCH /api/v1/companies/{id}", E);
        rule("DELETE /api/v1/companies/{id}", M);
        rule("GET /api/v1/companies/{id}/contacts", V);
        rule("POST /api/v1/companies/{id}/merge", E);
        rule("GET /api/v1/companies/{id}/timeline", V);
        rule("GET /api/v1/compliance", V);
        rule("POST /api/v1/contacts", E);
        rule("GET /api/v1/contacts/duplicates", V);
        rule("GET /api/v1/contacts/{id}", V);
        rule("PATCH /api/v1/contacts/{id}", E);
        rule("POST /api/v1/contacts/{id}/merge", E);
        rule("GET /api/v1/custom-fields", V);
        rule("POST /api/v1/custom-fields", A);
        rule("GET /api/v1/custom-fields/{id}", V);
        rule("PATCH /api/v1/custom-fields/{id}", A);
        rule("POST /api/v1/custom-fields/{id}/move", E);
        rule("GET /api/v1/daily-reports/{date}", E);
        rule("GET /api/v1/deals", V);
        rule("POST /api/v1/deals", E);
        rule("GET /api/v1/deals/stage-report", V);
        rule("GET /api/v1/deals/{id}", V);
        rule("PATCH /api/v1/deals/{id}", V);
        rule("GET /api/v1/deals/{id}/coaching-notes", V);
        rule("POST /api/v1/deals/{id}/coaching-notes", M);
        rule("POST /api/v1/deals/{id}/coaching-notes/{noteId}/acknowledge", E);
        rule("POST /api/v1/deals/{id}/move", E);
        rule("GET /api/v1/deals/{id}/stage-changes", V);
        rule("GET /api/v1/exports", V);
        rule("POST /api/v1/exports", V);
        rule("GET /api/v1/exports/accounting", M);
        rule("GET /api/v1/exports/{id}", V);
        rule("GET /api/v1/exports/{id}/file", V);
        rule("GET /api/v1/forecast", V);
        rule("GET /api/v1/imports", E); // viewers see no import (issue 15)
        rule("POST /api/v1/imports", E);
        rule("GET /api/v1/imports/{id}", E); // viewers see no import (issue 15)
        rule("POST /api/v1/imports/{id}/cancel", E);
        rule("POST /api/v1/imports/{id}/dry-run", E);
        rule("GET /api/v1/imports/{id}/errors", E); // viewers see no import (issue 15)
        rule("GET /api/v1/imports/{id}/errors.csv", E); // viewers see no import (issue 15)
        rule("PUT /api/v1/imports/{id}/mapping", E);
        rule("POST /api/v1/imports/{id}/mapping/save", E);
        rule("GET /api/v1/imports/{id}/preview", E); // viewers see no import (issue 15)
        rule("POST /api/v1/imports/{id}/start", E);
        rule("POST /api/v1/imports/{id}/undo", M);
        rule("GET /api/v1/leads", V);
        rule("POST /api/v1/leads", E);
        rule("GET /api/v1/leads/{id}", V);
        rule("POST /api/v1/leads/{id}/assign", M);
        rule("GET /api/v1/leads/{id}/assignments", V);
        rule("POST /api/v1/leads/{id}/qualify", E);
        rule("GET /api/v1/list-views", V);
        rule("POST /api/v1/list-views", E);
        rule("GET /api/v1/list-views/{id}", V);
        rule("DELETE /api/v1/list-views/{id}", V);
        rule("GET /api/v1/lost-reasons", V);
        rule("POST /api/v1/lost-reasons", A);
        rule("PATCH /api/v1/lost-reasons/{id}", A);
        rule("GET /api/v1/me", V);
        rule("PATCH /api/v1/me", V);
        rule("GET /api/v1/notifications", V);
        rule("GET /api/v1/notifications/preferences", V);
        rule("PUT /api/v1/notifications/preferences", V);
        rule("POST /api/v1/notifications/read", V);
        rule("GET /api/v1/notifications/unread-count", V);
        rule("GET /api/v1/orders", V);
        rule("GET /api/v1/orders/{id}", V);
        rule("PATCH /api/v1/orders/{id}", E);
        rule("POST /api/v1/orders/{id}/delivery", E);
        rule("GET /api/v1/payments", V);
        rule("POST /api/v1/payments", E);
        rule("GET /api/v1/payments/{id}", V);
        rule("GET /api/v1/pipelines", V);
        rule("POST /api/v1/pipelines", A);
        rule("GET /api/v1/pipelines/{id}", V);
        rule("PATCH /api/v1/pipelines/{id}", A);
        rule("POST /api/v1/pipelines/{id}/stages", A);
        rule("PATCH /api/v1/pipelines/{id}/stages/{stageId}", A);
        rule("GET /api/v1/playbook-runs", V);
        rule("POST /api/v1/playbook-runs", E);
        rule("GET /api/v1/playbook-runs/{id}", V);
        rule("GET /api/v1/playbook-runs/{id}/history", V);
        rule("POST /api/v1/playbook-runs/{id}/{action}", E);
        rule("GET /api/v1/playbooks", V);
        rule("POST /api/v1/playbooks", M);
        rule("POST /api/v1/playbooks/built-ins", A);
        rule("GET /api/v1/playbooks/{id}", V);
        rule("PATCH /api/v1/playbooks/{id}", M);
        rule("GET /api/v1/postal-codes/{code}", V);
        rule("GET /api/v1/products", V);
        rule("POST /api/v1/products", A);
        rule("GET /api/v1/products/{id}", V);
        rule("PATCH /api/v1/products/{id}", A);
        rule("GET /api/v1/quotes", V);
        rule("POST /api/v1/quotes", E);
        rule("GET /api/v1/quotes/{id}", V);
        rule("PATCH /api/v1/quotes/{id}", E);
        rule("GET /api/v1/quotes/{id}.pdf", V);
        rule("POST /api/v1/quotes/{id}/accept", E);
        rule("POST /api/v1/quotes/{id}/revisions", E);
        rule("POST /api/v1/quotes/{id}/send", E);
        rule("GET /api/v1/required-fields/completeness", V);
        rule("GET /api/v1/required-fields/{objectType}", V);
        rule("PUT /api/v1/required-fields/{objectType}", A);
        rule("GET /api/v1/roles", V);
        rule("POST /api/v1/roles", A);
        rule("GET /api/v1/roles/{id}", V);
        rule("PATCH /api/v1/roles/{id}", A);
        rule("POST /api/v1/roles/{id}/reinstate", A);
        rule("POST /api/v1/roles/{id}/retire", A);
        rule("GET /api/v1/sales-targets", V);
        rule("PUT /api/v1/sales-targets/{userId}/{month}", M);
        rule("GET /api/v1/target-lists", V);
        rule("POST /api/v1/target-lists", M);
        rule("GET /api/v1/target-lists/{id}", V);
        rule("PATCH /api/v1/target-lists/{id}", M);
        rule("GET /api/v1/target-lists/{id}/members", V);
        rule("POST /api/v1/target-lists/{id}/move-down", M);
        rule("POST /api/v1/target-lists/{id}/move-up", M);
        rule("POST /api/v1/target-lists/{id}/refresh", M);
        rule("GET /api/v1/task-attachments/{id}", V);
        rule("DELETE /api/v1/task-attachments/{id}", E);
        rule("GET /api/v1/task-attachments/{id}/content", V);
        rule("GET /api/v1/contracts", V);
        rule("POST /api/v1/contracts", E);
        rule("GET /api/v1/contracts/{id}", V);
        rule("PATCH /api/v1/contracts/{id}", E);
        rule("GET /api/v1/contracts/{id}/changes", V);
        rule("POST /api/v1/contracts/{id}/changes", E);
        rule("GET /api/v1/renewals", V);
        rule("POST /api/v1/renewals", E);
        rule("GET /api/v1/success-settings", V);
        rule("PATCH /api/v1/success-settings", A);
        rule("GET /api/v1/churns", V);
        rule("POST /api/v1/churns", E);
        rule("GET /api/v1/churns/{id}", V);
        rule("PATCH /api/v1/churns/{id}", E);
        rule("GET /api/v1/churn-reasons", V);
        rule("POST /api/v1/churn-reasons", A);
        rule("GET /api/v1/success-reports/retention", V);
        rule("GET /api/v1/meetings", V);
        rule("POST /api/v1/meetings", E);
        rule("GET /api/v1/meetings/{id}", V);
        rule("PATCH /api/v1/meetings/{id}", E);
        rule("POST /api/v1/meetings/{id}/held", E);
        rule("GET /api/v1/meetings/{id}/invitation", V);
        rule("GET /api/v1/health-models", V);
        rule("POST /api/v1/health-models", A);
        rule("GET /api/v1/health-models/{id}", V);
        rule("PATCH /api/v1/health-models/{id}", A);
        rule("POST /api/v1/health-models/{id}/publish", A);
        rule("POST /api/v1/health-models/{id}/backtest", M);
        rule("GET /api/v1/health-scores", V);
        rule("GET /api/v1/companies/{id}/health", V);
        rule("POST /api/v1/usage-metrics", E);
        rule("GET /api/v1/kpis", V);
        rule("POST /api/v1/kpis", E);
        rule("GET /api/v1/kpis/{id}", V);
        rule("PATCH /api/v1/kpis/{id}", E);
        rule("GET /api/v1/kpis/{id}/actuals", V);
        rule("POST /api/v1/kpis/{id}/actuals", E);
        // voice (branch voice)
        rule("GET /api/v1/feedback", V);
        rule("POST /api/v1/feedback", E);
        rule("GET /api/v1/feedback/{id}", V);
        rule("PATCH /api/v1/feedback/{id}", E);
        rule("GET /api/v1/feedback/{id}/votes", V);
        rule("POST /api/v1/feedback/{id}/votes", E);
        rule("POST /api/v1/feedback/{id}/merge", E);
        rule("POST /api/v1/feedback/{id}/replies", E);
        rule("GET /api/v1/success-plans", V);
        rule("POST /api/v1/success-plans", E);
        rule("GET /api/v1/success-plans/{id}", V);
        rule("PATCH /api/v1/success-plans/{id}", E);
        rule("GET /api/v1/success-plans/{id}/checklist", V);
        rule("PATCH /api/v1/success-plans/{id}/checklist/{itemId}", E);
        rule("GET /api/v1/success-templates", V);
        rule("POST /api/v1/success-templates", A);
        rule("GET /api/v1/success-templates/{id}", V);
        rule("GET /api/v1/tasks", V);
        rule("POST /api/v1/tasks", E);
        rule("GET /api/v1/tasks/{id}", V);
        rule("PATCH /api/v1/tasks/{id}", E);
        rule("GET /api/v1/tasks/{id}/attachments", V);
        rule("POST /api/v1/tasks/{id}/attachments", E);
        rule("GET /api/v1/tasks/{id}/checklist", V);
        rule("POST /api/v1/tasks/{id}/checklist", E);
        rule("PATCH /api/v1/tasks/{id}/checklist/{itemId}", E);
        rule("GET /api/v1/tasks/{id}/comments", V);
        rule("POST /api/v1/tasks/{id}/comments", E);
        rule("GET /api/v1/tasks/{id}/history", V);
        rule("POST /api/v1/tasks/{id}/move", E);
        rule("POST /api/v1/tasks/{id}/take", E);
        rule("GET /api/v1/tasks/{id}/timer", V);
        rule("POST /api/v1/tasks/{id}/timer", E);
        rule("GET /api/v1/teams", V);
        rule("POST /api/v1/teams", A);
        rule("GET /api/v1/teams/{id}", V);
        rule("PATCH /api/v1/teams/{id}", A);
        rule("GET /api/v1/tokens", V);
        rule("POST /api/v1/tokens", V);
        rule("DELETE /api/v1/tokens/{id}", V);
        rule("GET /api/v1/users", V);
        rule("POST /api/v1/users", A);
        rule("GET /api/v1/users/{id}", V);
        rule("PATCH /api/v1/users/{id}", A);
        rule("POST /api/v1/users/{id}/deactivate", A);
        rule("POST /api/v1/users/{id}/password-reset", A);
        rule("POST /api/v1/users/{id}/reactivate", A);
        rule("GET /api/v1/webhooks", A);
        rule("POST /api/v1/webhooks", A);
        rule("GET /api/v1/webhooks/{id}", A);
        rule("PATCH /api/v1/webhooks/{id}", A);
        rule("DELETE /api/v1/webhooks/{id}", A);
        rule("GET /api/v1/webhooks/{id}/deliveries", A);
        rule("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/retry", A);
        rule("POST /api/v1/webhooks/{id}/test", A);
        // marketing (retention branch)
        rule("GET /api/v1/subscriptions", V);
        rule("POST /api/v1/subscriptions", E);
        rule("GET /api/v1/subscriptions/{id}", V);
        rule("PATCH /api/v1/subscriptions/{id}", E);
        rule("POST /api/v1/subscriptions/{id}/skip", E);
        rule("POST /api/v1/subscriptions/{id}/pause", E);
        rule("POST /api/v1/subscriptions/{id}/cancel", E);
        rule("GET /api/v1/subscriptions/{id}/history", V);
        rule("GET /api/v1/subscriptions/{id}/deliveries", V);
    }

    private OperationLevels() {
    }

    private static void rule(String operation, PermissionLevel minimum) {
        RULES.put(operation, minimum);
    }
}
