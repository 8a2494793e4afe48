package dev.kizuna.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * Which tasks a list shows. {@code view}: {@code mine} (open, mine, across boards), {@code overdue} (open and due
 * before today), {@code unowned} (open, handed to a role and not taken) or null (all). The same parameters serve the
 * pages and the API, written {@code filter[field]=value} or plainly {@code field=value}.
 */
public record TaskFilter(String view, UUID boardId, String status, UUID ownerUserId, UUID ownerRoleId,
        UUID companyId, UUID orderId) {

    public static final List<String> VIEWS = List.of("mine", "overdue", "unowned");

    public static TaskFilter view(String view) {
        return new TaskFilter(view, null, null, null, null, null, null);
    }

    public static TaskFilter fromParameters(Map<String, String[]> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        String view = value(parameters, "view");
        if (view != null && !VIEWS.contains(view)) {
            problems.add(FieldProblem.of("view", "OneOf", String.join(", ", VIEWS)));
        }
        String status = value(parameters, "status");
        if (status != null && !TaskStatus.CODES.contains(status) && !"open".equals(status)) {
            problems.add(FieldProblem.of("status", "OneOf", "open, " + String.join(", ", TaskStatus.CODES)));
        }
        TaskFilter filter = new TaskFilter(view, id(parameters, "boardId", problems), status,
                id(parameters, "ownerUserId", problems), id(parameters, "ownerRoleId", problems),
                id(parameters, "companyId", problems), id(parameters, "orderId", problems));
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return filter;
    }

    private static String value(Map<String, String[]> parameters, String field) {
        String[] v = parameters.get("filter[" + field + "]");
        if (v == null) {
            v = parameters.get(field);
        }
        return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
    }

    private static UUID id(Map<String, String[]> parameters, String field, List<FieldProblem> problems) {
        String v = value(parameters, field);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "TypeMismatch"));
            return null;
        }
    }

    /** The query string that gives this filter again (for "next page" links). */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "view", view);
        append(q, "boardId", boardId);
        append(q, "status", status);
        append(q, "ownerUserId", ownerUserId);
        append(q, "ownerRoleId", ownerRoleId);
        append(q, "companyId", companyId);
        append(q, "orderId", orderId);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(value);
        }
    }
}
