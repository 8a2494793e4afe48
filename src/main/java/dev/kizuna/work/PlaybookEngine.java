package dev.kizuna.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Roles;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.calendar.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves runs through their steps. Every transition happens in its own transaction with the run's row locked, so two
 * instances never take the same step twice; a step that throws is retried with back-off (1, 2, 4, 8 minutes) and
 * after {@link #MAX_ATTEMPTS} the run is {@code failed} and shows on the errors view. An e-mail is recorded in its own
 * committed transaction before it goes out, so a retry or a restart never sends it twice.
 */
@Component
class PlaybookEngine {

    private static final Logger log = LoggerFactory.getLogger(PlaybookEngine.class);
    static final int MAX_ATTEMPTS = 5;
    /** Timed waits end at this hour of the business day (Tokyo). */
    static final LocalTime WAKE_UP = LocalTime.of(9, 0);

    private final PlaybookRunRepository runs;
    private final TaskRepository taskRows;
    private final Tasks tasks;
    private final BoardRepository boards;
    private final Roles roles;
    private final Companies companies;
    private final BusinessCalendar calendar;
    private final PlaybookMailStep mailStep;
    private final PlaybookItemStep itemStep;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<dev.kizuna.activities.Activities> activityLog;

    PlaybookEngine(PlaybookRunRepository runs, PlaybookMailStep mailStep, PlaybookItemStep itemStep, TaskRepository taskRows, Tasks tasks,
            BoardRepository boards, Roles roles, Companies companies, BusinessCalendar calendar, PlatformTransactionManager txm,
            Optional<Clock> clock,
            org.springframework.beans.factory.ObjectProvider<dev.kizuna.activities.Activities> activityLog,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.activityLog = activityLog;
        this.runs = runs;
        this.mailStep = mailStep;
        this.itemStep = itemStep;
        this.taskRows = taskRows;
        this.tasks = tasks;
        this.boards = boards;
        this.roles = roles;
        this.companies = companies;
        this.calendar = calendar;
        this.newTransaction = new TransactionTemplate(txm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(txm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Starts a run at its first step (in its own transaction); returns its id. {@code orderId} (or null): the order
     * the run is about, which the tasks it puts on boards link.
     */
    UUID start(Playbook playbook, UUID companyId, UUID dealId, UUID orderId, UUID actor) {
        UUID id = Ids.newId();
        newTransaction.executeWithoutResult(s -> {
            runs.insertRun(id, playbook.id(), runs.versionId(playbook.id(), playbook.currentVersion()), companyId,
                    dealId, orderId, actor);
            runs.addEvent(id, companyId, null, "started", playbook.name() + " v" + playbook.currentVersion(), actor);
        });
        transition(id, run -> proceed(run, 0, run.iteration()));
        return id;
    }

    /**
     * Starts a run in the caller's transaction, to take its first step when the timer job next looks (within 30
     * seconds): for callers that must record the run together with something else (a target list marking the
     * customer fed), so a rollback leaves no run behind and a retry starts no second one.
     */
    UUID enqueue(Playbook playbook, UUID companyId, UUID dealId, UUID actor) {
        UUID id = Ids.newId();
        runs.insertDueRun(id, playbook.id(), runs.versionId(playbook.id(), playbook.currentVersion()), companyId,
                dealId, actor, clock.instant());
        runs.addEvent(id, companyId, null, "started", playbook.name() + " v" + playbook.currentVersion(), actor);
        return id;
    }

    /**
     * Starts a run anchored on {@code anchorOn} (a date of its subject) in the caller's transaction and takes its first
     * steps there: for a module whose record and run must be saved together (a success plan and its checklist).
     */
    UUID startHere(Playbook playbook, UUID companyId, java.time.LocalDate anchorOn, UUID actor) {
        UUID id = Ids.newId();
        runs.insertRun(id, playbook.id(), runs.versionId(playbook.id(), playbook.currentVersion()), companyId, null,
                null, actor);
        itemStep.anchorNew(id, anchorOn);
        runs.addEvent(id, companyId, null, "started", playbook.name() + " v" + playbook.currentVersion(), actor);
        PlaybookRun run = runs.lockRun(id).orElseThrow();
        proceed(run, 0, run.iteration());
        return id;
    }

    /** The run's anchor moved: see {@link PlaybookItemStep#moveAnchor}. */
    void moveAnchor(PlaybookRun run, java.time.LocalDate anchorOn, UUID actor) {
        itemStep.moveAnchor(run, anchorOn, actor);
    }

    /** Runs {@code step} on the locked run in a new transaction; a failure is recorded for a retry with back-off. */
    void transition(UUID runId, Consumer<PlaybookRun> step) {
        try {
            AsSystem.run(() -> newTransaction.executeWithoutResult(s -> runs.lockRun(runId).ifPresent(step)));
        } catch (RuntimeException e) {
            log.warn("Playbook run {}: step failed, will retry", runId, e);
            AsSystem.run(() -> newTransaction.executeWithoutResult(s -> runs.lockRun(runId).ifPresent(run -> failed(run, e))));
        }
    }

    private void failed(PlaybookRun run, RuntimeException e) {
        failedAt(run.id(), run.companyId(), run.step(), run.iteration(), run.taskId(), run.waitFor(), run.attempts() + 1, e);
    }

    /**
     * Records that step {@code step} failed for the {@code attempts}th time: the run stays at that step, so the retry
     * (by the timer with back-off, or the retry button once it gave up) takes that step again — not the one before.
     */
    private void failedAt(UUID runId, UUID companyId, int step, int iteration, UUID taskId, String waitFor, int attempts,
            RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        StepFailure failure = new StepFailure(attempts);
        runs.setState(runId, failure.status(), step, iteration, taskId, waitFor, failure.retryAt(clock.instant()),
                attempts, error);
        runs.addEvent(runId, companyId, step, failure.givesUp() ? "failed" : "retry", error, null);
    }

    /** The timer: a wait ended, or a failed step's retry is due. */
    void fire(PlaybookRun run) {
        List<PlaybookStep> steps = runs.stepsOfRun(run.id());
        if ("waiting".equals(run.status()) && "item".equals(steps.get(run.step()).kind())) {
            itemStep.overdue(run, steps.get(run.step()));
        } else if ("waiting".equals(run.status())) {
            runs.addEvent(run.id(), run.companyId(), run.step(), "resumed", "", null);
            next(run, steps.get(run.step()).next(run.step()));
        } else if ("running".equals(run.status())) {
            proceed(run, run.step(), run.iteration()); // a retry of the step that failed
        }
    }

    /** Goes on to step {@code to}: a later pass of the flow when it goes back. */
    void next(PlaybookRun run, int to) {
        PlaybookProgress progress = new PlaybookProgress(run.step(), run.iteration()).goTo(to);
        proceed(run, progress.step(), progress.iteration());
    }

    /** Runs steps from {@code from} until one waits (a task, a wait) or the playbook ends. */
    void proceed(PlaybookRun run, int from, int iteration) {
        List<PlaybookStep> steps = runs.stepsOfRun(run.id());
        PlaybookProgress at = new PlaybookProgress(from, iteration);
        for (int guard = 0; guard < 200; guard++) {
            if (at.done(steps.size())) {
                runs.setState(run.id(), "done", steps.size(), at.iteration(), null, null, null, 0, null);
                runs.addEvent(run.id(), run.companyId(), null, "done", "", null);
                return;
            }
            int step = at.step();
            PlaybookStep s = steps.get(step);
            runs.addEvent(run.id(), run.companyId(), step, "step", s.title() == null ? s.kind() : s.title(), null);
            if (!take(run, step, at.iteration(), s)) {
                return;
            }
            boolean branch = "branch".equals(s.kind());
            boolean yes = branch && BranchRules.holds(s.when(), actual(run, s.when(), at.iteration()));
            int to = at.after(s, yes);
            if (branch) {
                runs.addEvent(run.id(), run.companyId(), step, "branch", (yes ? "→ " : "✕ → ") + (to + 1), null);
            }
            at = at.goTo(to);
        }
        throw new IllegalStateException("the playbook loops without a step that waits");
    }

    /**
     * Takes one step; false when the run stops there (a task or a wait to wait for, or the step failed). A step that
     * throws is undone to a savepoint and recorded as failed at that step, with what the steps before it did kept
     * (the call task a limit cancelled stays cancelled), so the retry takes the failed step again.
     */
    private boolean take(PlaybookRun run, int step, int iteration, PlaybookStep s) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(tx -> act(run, step, iteration, s)));
        } catch (RuntimeException e) {
            log.warn("Playbook run {}: step {} failed, will retry", run.id(), step + 1, e);
            boolean again = step == run.step() && iteration == run.iteration() && run.attempts() > 0;
            failedAt(run.id(), run.companyId(), step, iteration, null, null, again ? run.attempts() + 1 : 1, e);
            return false;
        }
    }

    /** What the step does; false when the run now waits (for a task, a time or an event). */
    private boolean act(PlaybookRun run, int step, int iteration, PlaybookStep s) {
        switch (s.kind()) {
            case "task", "checklist", "timed", "call" -> {
                UUID task = task(run, s);
                runs.setState(run.id(), "running", step, iteration, task, null, null, 0, null);
                return false;
            }
            case "item" -> {
                return itemStep.take(run, step, iteration, s);
            }
            case "wait" -> {
                if (PlaybookItemStep.anchored(s)) {
                    return itemStep.take(run, step, iteration, s);
                }
                if (s.waitFor() != null) {
                    runs.setState(run.id(), "waiting", step, iteration, null, s.waitFor(), null, 0, null);
                } else {
                    LocalDate day = s.waitUntil() != null ? s.waitUntil()
                            : calendar.addBusinessDays(LocalDate.now(clock.withZone(Tasks.ZONE)), s.waitDays());
                    runs.setState(run.id(), "waiting", step, iteration, null, null,
                            day.atTime(WAKE_UP).atZone(Tasks.ZONE).toInstant(), 0, null);
                }
                runs.addEvent(run.id(), run.companyId(), step, "wait", s.waitFor() != null ? s.waitFor() : "", null);
                return false;
            }
            case "post" -> task(run, s);
            case "chat" -> {
                String customer = run.companyName() == null ? "" : run.companyName();
                events.publishEvent(new PlaybookChatPosted(run.id(), run.companyId(), step, s.subject(),
                        s.body().replace("{顧客名}", customer)));
                runs.addEvent(run.id(), run.companyId(), step, "chat", s.subject(), null);
            }
            case "email" -> mailStep.send(run, step, iteration, s);
            case "goto", "branch" -> { // where they lead is decided after the step: see PlaybookProgress
            }
            default -> throw new IllegalStateException("unknown step kind " + s.kind());
        }
        return true;
    }

    /** What a branch condition is checked against: a customer field, a count, or whether an event happened. */
    private Object actual(PlaybookRun run, BranchCondition c, int iteration) {
        return switch (c.subject()) {
            case "field" -> BranchRules.fieldOf(companies.find(run.companyId()), c.field());
            case "count" -> switch (c.field()) {
                case "unreachedCalls" -> activityLog.getObject().unreachedInARow(run.companyId());
                case "openTasks" -> taskRows.openOfCompany(run.companyId());
                case "passes" -> iteration;
                default -> null;
            };
            case "event" -> runs.happened(run.id(), c.field());
            default -> null;
        };
    }

    private UUID task(PlaybookRun run, PlaybookStep s) {
        Board board = boards.findByName(s.board())
                .orElseThrow(() -> new IllegalStateException("no board named " + s.board()));
        UUID role = s.role() == null ? null : roles.list(true).stream().filter(r -> r.name().equals(s.role()))
                .map(dev.kizuna.identity.Role::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no job role named " + s.role()));
        String details = (s.details() == null ? "" : s.details()) + "\n(" + run.playbookName() + ")";
        Task t = tasks.insert(new TaskDraft(board.id(), s.title(), details.strip(), role, null, run.companyId(),
                run.dealId(), run.orderId(), null, null, null, "normal",
                s.checklist() == null ? List.of() : s.checklist()),
                runs.startedBy(run.id()));
        if (s.targetMinutes() != null) {
            taskRows.setTarget(t.id(), s.targetMinutes());
        }
        runs.addEvent(run.id(), run.companyId(), null, "task", s.title() + " → " + board.name(), null);
        return t.id();
    }

    /** A call step's unreached calls reached the limit: its task is cancelled and the run goes to onLimit. */
    void callLimit(PlaybookRun run, int unreached) {
        PlaybookStep s = runs.stepsOfRun(run.id()).get(run.step());
        cancelTask(run);
        runs.addEvent(run.id(), run.companyId(), run.step(), "limit", String.valueOf(unreached), null);
        next(run, s.onLimit());
    }

    /** Cancels the task the run's current step waits for, if it is still open (a cancelled run leaves none behind). */
    void cancelTask(PlaybookRun run) {
        if (run.taskId() != null && taskRows.find(run.taskId()).map(t -> t.status().open()).orElse(false)) {
            taskRows.forceStatus(run.taskId(), TaskStatus.CANCELLED);
            taskRows.addEvent(Ids.newId(), run.taskId(), run.companyId(), null, "status", TaskStatus.CANCELLED.code());
        }
    }
}
