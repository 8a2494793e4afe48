package dev.kizuna.work;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The steps dated from the run's anchor (a date of its subject, e.g. a success plan's go-live): a {@code wait} with
 * {@code waitFor} {@code anchor}, and an {@code item} — a checklist item another module keeps — that waits until it is
 * ticked and is woken on its due day to be marked overdue. Moving the anchor, or one item's due day on the run, re-dates
 * the timer of the step waiting.
 */
@Component
class PlaybookItemStep {

    /** What a run waiting for a checklist item waits for: this prefix and the item's key. */
    static final String ITEM = "item:";
    static final String ANCHOR = "anchor";

    private final PlaybookRunRepository runs;
    private final PlaybookAnchorRepository anchors;
    private final Clock clock;

    PlaybookItemStep(PlaybookRunRepository runs, PlaybookAnchorRepository anchors, Optional<Clock> clock) {
        this.anchors = anchors;
        this.runs = runs;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    static boolean anchored(PlaybookStep s) {
        return "item".equals(s.kind()) || ("wait".equals(s.kind()) && ANCHOR.equals(s.waitFor()));
    }

    /** Takes the step; false when the run now waits (for the tick, or for the anchored day). */
    boolean take(PlaybookRun run, int step, int iteration, PlaybookStep s) {
        boolean item = "item".equals(s.kind());
        if (item && anchors.ticked(run.id(), s.subject())) {
            return true;
        }
        String waitFor = item ? ITEM + s.subject() : ANCHOR;
        runs.setState(run.id(), "waiting", step, iteration, null, waitFor, dueOf(run.id(), s), 0, null);
        runs.addEvent(run.id(), run.companyId(), step, "wait", item ? s.title() : "", null);
        return false;
    }

    /**
     * When the step's timer wakes the run: the anchor plus waitDays (for an item, the run's own days for it when they
     * were moved on the run) at the start of the business day (Tokyo).
     */
    Instant dueOf(UUID runId, PlaybookStep s) {
        LocalDate anchor = anchors.anchorOf(runId);
        Integer days = "item".equals(s.kind()) ? anchors.itemDays(runId, s.subject()).orElse(s.waitDays())
                : s.waitDays();
        if (anchor == null || days == null) {
            return "item".equals(s.kind()) ? null : clock.instant();
        }
        return anchor.plusDays(days).atTime(PlaybookEngine.WAKE_UP).atZone(Tasks.ZONE).toInstant();
    }

    /** The timer woke an item step on its due day: the item is overdue, and the run keeps waiting for its tick. */
    void overdue(PlaybookRun run, PlaybookStep s) {
        runs.setState(run.id(), "waiting", run.step(), run.iteration(), null, run.waitFor(), null, 0, null);
        runs.addEvent(run.id(), run.companyId(), run.step(), "overdue", s.title(), null);
    }

    /**
     * The run's anchor moved: the waiting anchored step is re-dated. An item already marked overdue is woken again
     * only when its new due day is still ahead.
     */
    void moveAnchor(PlaybookRun run, LocalDate anchorOn, UUID actor) {
        LocalDate before = anchors.anchorOf(run.id());
        anchors.setAnchor(run.id(), anchorOn);
        runs.addEvent(run.id(), run.companyId(), null, "anchor", before + " → " + anchorOn, actor);
        reDate(run, null);
    }

    /**
     * One checklist item's due day moved on this run alone ({@code days} from the anchor): kept for when the run
     * reaches the item, and the timer re-dated if the run waits for it now (same rule as a moved anchor).
     */
    void moveItem(PlaybookRun run, String key, int days, UUID actor) {
        anchors.setItemDays(run.id(), key, days);
        runs.addEvent(run.id(), run.companyId(), null, "itemDue", key + " → " + days, actor);
        reDate(run, ITEM + key);
    }

    /** Re-dates the waiting anchored step's timer ({@code onlyIfWaitingFor}: only while it waits for that). */
    private void reDate(PlaybookRun run, String onlyIfWaitingFor) {
        if (!"waiting".equals(run.status()) || run.finished()
                || (onlyIfWaitingFor != null && !onlyIfWaitingFor.equals(run.waitFor()))) {
            return;
        }
        PlaybookStep s = runs.stepsOfRun(run.id()).get(run.step());
        if (!anchored(s)) {
            return;
        }
        Instant due = dueOf(run.id(), s);
        boolean markedOverdue = "item".equals(s.kind()) && run.dueAt() == null;
        if (!markedOverdue || (due != null && due.isAfter(clock.instant()))) {
            anchors.setDue(run.id(), due);
        }
    }

    /** A new run's anchor, set before its first steps are taken. */
    void anchorNew(UUID runId, LocalDate anchorOn) {
        anchors.setAnchor(runId, anchorOn);
    }
}
