package dev.kizuna.work;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a playbook, owned by a job role (by name, so templates travel between installations). Kinds:
 * <ul>
 * <li>{@code task} — a manual step: a task on {@code board} for {@code role}; the run goes on when it is done (完了).
 * Also used for a hand-off to another role (the next step's role differs).</li>
 * <li>{@code checklist} — the same, with {@code checklist} items to tick off.</li>
 * <li>{@code timed} — timed work: a task carrying {@code targetMinutes}; its timer records actual against target.</li>
 * <li>{@code call} — call attempts: a task to call the customer; every logged unreached call (不通) counts, and at
 * {@code limit} in a row the task is cancelled and the run goes to step {@code onLimit}.</li>
 * <li>{@code email} — sends {@code subject}/{@code body} to the customer's e-mail address, once per pass.</li>
 * <li>{@code wait} — {@code waitDays} business days, until {@code waitUntil}, or until {@code waitFor}
 * ({@code order}: an activity of type 受注確認 is logged for the customer; {@code deal_won}); with {@code waitFor}
 * {@code anchor}: until the run's anchor date (a date of its subject, e.g. a success plan's go-live) plus
 * {@code waitDays} calendar days (negative: before it). Moving the anchor re-dates the waiting timer.</li>
 * <li>{@code item} — a checklist item another module keeps (a success plan's, with its side, owner and notes):
 * waits until the item named {@code subject} is ticked (at once when it already was). Its due day is the anchor plus
 * {@code waitDays}: the timer wakes the run then and marks the item overdue on the run's history; it keeps waiting.</li>
 * <li>{@code post} — puts a task on a board for a role and goes on at once.</li>
 * <li>{@code chat} — posts {@code body} to an external chat: the outgoing webhook (Chatwork, Slack, HTTPS) named
 * {@code subject}; {顧客名} in the text becomes the customer's name. Goes on at once.</li>
 * <li>{@code goto} — goes to step {@code then} (seed 000's 以降①に戻る).</li>
 * <li>{@code branch} — checks {@code when} (a {@link BranchCondition}: a customer field, a count, an event of the
 * run) and goes to step {@code then} when it holds, else to {@code otherwise} (or the next step).</li>
 * </ul>
 * {@code then} (0-based), when set, is the step that follows instead of the next one.
 */
public record PlaybookStep(String kind, String title, String role, String board, String details,
        List<String> checklist, Integer limit, Integer onLimit, Integer then, Integer waitDays, LocalDate waitUntil,
        String waitFor, String subject, String body, Integer targetMinutes, BranchCondition when, Integer otherwise) {

    public static final List<String> KINDS = List.of("task", "checklist", "timed", "call", "email", "wait", "post",
            "chat", "goto", "branch", "item");

    public static PlaybookStep task(String role, String board, String title, String... checklist) {
        return new PlaybookStep(checklist.length == 0 ? "task" : "checklist", title, role, board, "",
                List.of(checklist), null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean makesTask() {
        return List.of("task", "checklist", "timed", "call", "post").contains(kind);
    }

    /** The step after this one, given its position. */
    int next(int index) {
        return then != null ? then : index + 1;
    }
}
