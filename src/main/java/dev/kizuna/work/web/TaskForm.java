package dev.kizuna.work.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.work.Task;
import dev.kizuna.work.TaskDraft;

/** The task form as typed (text), turned into a {@link TaskDraft}; unreadable dates and ids are field problems. */
record TaskForm(String boardId, String title, String details, String ownerRoleId, String ownerUserId,
        String companyId, String dueOn, String dueTime, String dueInBusinessDays, String priority, String checklist,
        String orderId) {

    static TaskForm blank(UUID boardId, UUID companyId, UUID orderId) {
        return new TaskForm(str(boardId), "", "", "", "", str(companyId), "", "", "", "normal", "", str(orderId));
    }

    static TaskForm of(Task t) {
        return new TaskForm(str(t.boardId()), t.title(), t.details(), str(t.ownerRoleId()), str(t.ownerUserId()),
                str(t.companyId()), t.dueOn() == null ? "" : t.dueOn().toString(),
                t.dueTime() == null ? "" : t.dueTime().toString(), "", t.priority().code(), "", str(t.orderId()));
    }

    TaskDraft draft(UUID dealId) {
        List<FieldProblem> problems = new ArrayList<>();
        TaskDraft d = new TaskDraft(id("boardId", boardId, problems), title, details,
                id("ownerRoleId", ownerRoleId, problems), id("ownerUserId", ownerUserId, problems),
                id("companyId", companyId, problems), dealId, id("orderId", orderId, problems), date(problems),
                time(problems), days(problems), priority,
                checklist == null ? List.of() : Arrays.asList(checklist.split("\\R")));
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return d;
    }

    private LocalDate date(List<FieldProblem> problems) {
        try {
            return blank(dueOn) ? null : LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("dueOn", "Date"));
            return null;
        }
    }

    private LocalTime time(List<FieldProblem> problems) {
        try {
            return blank(dueTime) ? null : LocalTime.parse(dueTime.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("dueTime", "TypeMismatch"));
            return null;
        }
    }

    private Integer days(List<FieldProblem> problems) {
        try {
            return blank(dueInBusinessDays) ? null : Integer.valueOf(dueInBusinessDays.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("dueInBusinessDays", "Number"));
            return null;
        }
    }

    static UUID id(String field, String value, List<FieldProblem> problems) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "UnknownId"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String str(UUID id) {
        return id == null ? "" : id.toString();
    }
}
