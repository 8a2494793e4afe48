package dev.kizuna.work;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playbooks (フロー) and their runs: everyone reads them; managers and administrators write playbooks (each change of
 * steps is a new version; running instances keep theirs); members start runs on a customer and pause, resume, skip a
 * step (with a reason) or cancel them — every such act audited and on the run's history and the customer's timeline.
 */
@Service
@Transactional
public class Playbooks {

    static final String AUDIT_TYPE = "playbook";
    static final String RUN_TYPE = "playbookRun";

    private final PlaybookRepository repository;
    private final PlaybookRunRepository runs;
    private final PlaybookEngine engine;
    private final org.springframework.beans.factory.ObjectProvider<BuiltInPlaybooks> builtIns;
    private final Companies companies;
    private final AuditLog audit;
    private final PlaybookDraftRules rules;

    Playbooks(PlaybookRepository repository, PlaybookRunRepository runs, PlaybookEngine engine, Companies companies,
            AuditLog audit, org.springframework.beans.factory.ObjectProvider<BuiltInPlaybooks> builtIns,
            PlaybookDraftRules rules) {
        this.rules = rules;
        this.repository = repository;
        this.runs = runs;
        this.builtIns = builtIns;
        this.engine = engine;
        this.companies = companies;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Playbook> list() {
        return repository.list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Playbook find(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Playbook create(PlaybookDraft draft) {
        return insert(null, draft, false);
    }

    Playbook insert(String key, PlaybookDraft draft, boolean builtin) {
        rules.verify(draft, null);
        UUID id = Ids.newId();
        repository.insert(id, key, draft, builtin, CurrentActor.idOrNull());
        Playbook created = find(id);
        audit.record("playbook.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Saves a new version when the steps change; runs already going keep the version they started on. */
    @PreAuthorize("hasRole('MANAGER')")
    public Playbook update(UUID id, long version, PlaybookDraft draft) {
        Playbook before = find(id);
        rules.verify(draft, id);
        boolean newSteps = !before.steps().equals(draft.steps());
        int number = newSteps ? before.currentVersion() + 1 : before.currentVersion();
        if (!repository.update(id, version, draft, number, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        if (newSteps) {
            repository.insertVersion(id, number, draft.steps(), CurrentActor.idOrNull());
        }
        Playbook after = find(id);
        audit.record("playbook.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    /**
     * Installs seed 000's five flows as built-in playbooks with the roles and boards they name, where missing;
     * returns how many playbooks were added.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int installBuiltIns() {
        return builtIns.getObject().install();
    }

    /** Starts the playbook by hand on a customer (and deal). */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PlaybookRun start(UUID playbookId, UUID companyId, UUID dealId) {
        Playbook playbook = find(playbookId);
        Check.of().required("companyId", companyId)
                .failIf(companyId != null && companies.findOrNull(companyId) == null, "companyId", "UnknownId")
                .failIf(!playbook.active(), "playbookId", "WorkPlaybookInactive")
                .verify();
        UUID runId = engine.start(playbook, companyId, dealId, null, CurrentActor.idOrNull());
        audit.record("playbookRun.started", RUN_TYPE, runId, null, Map.of("playbook", playbook.name(),
                "companyId", companyId));
        return run(runId);
    }

    /**
     * Starts a built-in playbook (installing the built-ins first when it is missing) on a customer for a person: the
     * run is theirs ({@code forUserId} as its starter). Used by other modules' automations, e.g. the success module's
     * churn-prevention follow-up ({@value BuiltInPlaybooks#CHURN_PREVENTION}). Null when that playbook was switched
     * off.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PlaybookRun startBuiltIn(String key, UUID companyId, UUID forUserId) {
        UUID id = repository.idOfKey(key).orElseGet(() -> {
            builtIns.getObject().install();
            return repository.idOfKey(key).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, key));
        });
        Playbook playbook = find(id);
        if (!playbook.active()) {
            return null;
        }
        UUID starter = forUserId != null ? forUserId : CurrentActor.idOrNull();
        UUID runId = engine.start(playbook, companyId, null, null, starter);
        audit.record("playbookRun.started", RUN_TYPE, runId, null, Map.of("playbook", playbook.name(),
                "companyId", companyId));
        return run(runId);
    }

    /** The key of the built-in churn-prevention playbook. */
    public static final String CHURN_PREVENTION = BuiltInPlaybooks.CHURN_PREVENTION;

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlaybookRun run(UUID id) {
        return runs.findRun(id).orElseThrow(() -> new NotFoundException(RUN_TYPE, id));
    }

    /** Runs by status ({@code open}, running, waiting, paused, done, cancelled, failed) and/or customer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaybookRun> runs(String status, UUID companyId, int limit) {
        Check.of().oneOf("status", status, List.of("open", "running", "waiting", "paused", "done", "cancelled",
                "failed")).verify();
        return runs.runs(status, companyId, limit);
    }

    /** The steps of the version a run started on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaybookStep> steps(UUID runId) {
        run(runId);
        return runs.stepsOfRun(runId);
    }

    /** What the run list filters by; {@code status} also takes {@code open}. */
    public record RunFilter(String status, UUID playbookId, UUID companyId) {
    }

    /** Runs newest first, keyset-paged (the run list and the errors view, status=failed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public dev.kizuna.platform.api.CursorPage<PlaybookRun> runs(RunFilter filter,
            dev.kizuna.platform.api.PageQuery page) {
        String status = filter.status() == null || filter.status().isBlank() ? null : filter.status();
        Check.of().oneOf("status", status, List.of("open", "running", "waiting", "paused", "done", "cancelled",
                "failed")).verify();
        var cursor = page.decodedCursor(2);
        java.time.Instant at = cursor == null ? null : cursor.instant(0);
        UUID id = cursor == null ? null : cursor.uuid(1);
        return page.page(runs.runsPage(status, filter.playbookId(), filter.companyId(), at, id,
                page.fetchSize()), r -> dev.kizuna.platform.api.Cursor.of(r.createdAt().toString(), r.id().toString()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaybookRunEvent> history(UUID runId) {
        return runs.events(runId);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun pause(UUID id, long version) {
        return setStatus(id, version, "paused", List.of("running", "waiting"), "paused", null);
    }

    /** Resumes a paused or failed run: its current step is tried again now. */
    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun resume(UUID id, long version) {
        PlaybookRun before = run(id);
        Check.of().failIf(!List.of("paused", "failed").contains(before.status()), "status", "WorkRunClosed").verify();
        if (!runs.resume(id, version)) {
            throw new StaleVersionException(RUN_TYPE, id);
        }
        runs.addEvent(id, before.companyId(), before.step(), "resumed", "", CurrentActor.idOrNull());
        audit.record("playbookRun.resumed", RUN_TYPE, id, Map.of("status", before.status()), Map.of("status", "resumed"));
        return run(id);
    }

    /** Cancels the run and the task its current step waits for, if still open: a cancelled run leaves no work open. */
    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun cancel(UUID id, long version, String reason) {
        PlaybookRun before = run(id);
        PlaybookRun after = setStatus(id, version, "cancelled", List.of("running", "waiting", "paused", "failed"),
                "cancelled", reason);
        engine.cancelTask(before);
        return after;
    }

    /** Skips the current step (its task, if any, stays as it is) and goes on to the next, with a reason. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PlaybookRun skip(UUID id, long version, String reason) {
        PlaybookRun before = run(id);
        String clean = reason == null ? "" : reason.strip();
        Check.of().required("reason", clean).maxLength("reason", clean, 500)
                .failIf(!before.open(), "status", "WorkRunClosed").verify();
        if (before.version() != version) {
            throw new StaleVersionException(RUN_TYPE, id);
        }
        UUID actor = CurrentActor.idOrNull();
        engine.transition(id, run -> {
            runs.addEvent(id, run.companyId(), run.step(), "skipped", clean, actor);
            engine.next(run, runs.stepsOfRun(id).get(run.step()).next(run.step()));
        });
        audit.record("playbookRun.skipped", RUN_TYPE, id, Map.of("step", before.step()), Map.of("reason", clean));
        return run(id);
    }

    private PlaybookRun setStatus(UUID id, long version, String status, List<String> from, String event,
            String reason) {
        PlaybookRun before = run(id);
        Check.of().failIf(!from.contains(before.status()), "status", "WorkRunClosed").verify();
        if (!runs.setStatus(id, version, status)) {
            throw new StaleVersionException(RUN_TYPE, id);
        }
        runs.addEvent(id, before.companyId(), before.step(), event, reason, CurrentActor.idOrNull());
        audit.record("playbookRun." + event, RUN_TYPE, id, Map.of("status", before.status()), Map.of("status", status));
        return run(id);
    }
}
