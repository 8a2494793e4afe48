package dev.kizuna.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.Check;

/**
 * Which letters the desk shows, oldest due first: by status ({@code open} = not sent yet), who answers it
 * ({@code assigneeId}; {@code unassigned} for nobody yet), overdue or not, the day it is due by ({@code dueBy}: the
 * desk's "today"), kind and customer.
 */
public record LetterFilter(String status, UUID assigneeId, boolean unassigned, Boolean overdue,
        java.time.LocalDate dueBy, String kind, UUID companyId) {

    public static final List<String> FIELDS = List.of("status", "assigneeId", "overdue", "dueBy", "kind", "companyId");

    public static LetterFilter open() {
        return new LetterFilter("open", null, false, null, null, null, null);
    }

    /** From {@code filter[x]} (or {@code x}) of a request, each refused naming its field. */
    public static LetterFilter fromParameters(Map<String, String[]> p) {
        String assignee = value(p, "assigneeId");
        boolean unassigned = "unassigned".equals(assignee);
        String overdue = value(p, "overdue");
        String dueBy = value(p, "dueBy");
        Check.of().failIf(overdue != null && !List.of("true", "false").contains(overdue), "filter[overdue]", "OneOf",
                "true, false").verify();
        LetterFilter f = new LetterFilter(value(p, "status"),
                unassigned ? null : ApiValues.optionalId("filter[assigneeId]", assignee), unassigned,
                overdue == null ? null : Boolean.valueOf(overdue), date(dueBy), value(p, "kind"),
                ApiValues.optionalId("filter[companyId]", value(p, "companyId")));
        f.verify();
        return f;
    }

    void verify() {
        List<String> statuses = new ArrayList<>(Letter.STATUSES);
        statuses.add("open");
        Check.of().oneOf("filter[status]", status, statuses).oneOf("filter[kind]", kind, Letter.KINDS).verify();
    }

    private static java.time.LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            Check.of().failIf(true, "filter[dueBy]", "Date").verify();
            return null;
        }
    }

    private static String value(Map<String, String[]> p, String field) {
        String v = one(p, "filter[" + field + "]");
        return v != null ? v : one(p, field);
    }

    private static String one(Map<String, String[]> p, String name) {
        String[] v = p.get(name);
        return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
    }
}
