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
        String assignee = FeedbackFilter.value(p, "assigneeId");
        boolean unassigned = "unassigned".equals(assignee);
        String overdue = FeedbackFilter.value(p, "overdue");
        java.time.LocalDate dueBy = ApiValues.date("filter[dueBy]", FeedbackFilter.value(p, "dueBy"));
        Check.of().failIf(overdue != null && !List.of("true", "false").contains(overdue), "filter[overdue]", "OneOf",
                "true, false").verify();
        LetterFilter f = new LetterFilter(FeedbackFilter.value(p, "status"),
                unassigned ? null : ApiValues.optionalId("filter[assigneeId]", assignee), unassigned,
                overdue == null ? null : Boolean.valueOf(overdue), dueBy, FeedbackFilter.value(p, "kind"),
                ApiValues.optionalId("filter[companyId]", FeedbackFilter.value(p, "companyId")));
        f.verify();
        return f;
    }

    void verify() {
        List<String> statuses = new ArrayList<>(Letter.STATUSES);
        statuses.add("open");
        Check.of().oneOf("filter[status]", status, statuses).oneOf("filter[kind]", kind, Letter.KINDS).verify();
    }
}
