package dev.kizuna.work;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playbooks that drive another module's checklist (a success plan's onboarding checklist): the module keeps the
 * playbook in step with its definition, starts a run anchored on a date of its record (go-live) in its own
 * transaction, reports each tick, and moves the anchor when that date moves. The run's {@code item} steps wait for
 * the ticks and its timers wake on the items' due days; see {@link PlaybookStep}.
 */
@Service
@Transactional
public class PlaybookChecklists {

    private final Playbooks playbooks;
    private final PlaybookRepository repository;
    private final PlaybookRunRepository runs;
    private final PlaybookEngine engine;
    private final AuditLog audit;
    private final PlaybookDraftRules rules;
    private final PlaybookItemStep itemStep;

    PlaybookChecklists(Playbooks playbooks, PlaybookRepository repository, PlaybookRunRepository runs,
            PlaybookEngine engine, AuditLog audit, PlaybookDraftRules rules, PlaybookItemStep itemStep) {
        this.rules = rules;
        this.itemStep = itemStep;
        this.playbooks = playbooks;
        this.repository = repository;
        this.runs = runs;
        this.engine = engine;
        this.audit = audit;
    }

    /**
     * A playbook another module keeps in step with its own definition (a success template's checklist): created under
     * {@code key} when missing, given a new version when its steps changed, else left as it is.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Playbook keep(String key, PlaybookDraft draft) {
        java.util.Optional<UUID> id = repository.idOfKey(key);
        if (id.isEmpty()) {
            return playbooks.insert(key, draft, false);
        }
        Playbook kept = playbooks.find(id.get());
        if (kept.steps().equals(draft.steps())) {
            return kept;
        }
        rules.verify(draft, kept.id());
        int number = kept.currentVersion() + 1;
        if (!repository.update(kept.id(), kept.version(), draft, number, CurrentActor.idOrNull())) {
            throw new StaleVersionException(Playbooks.AUDIT_TYPE, kept.id());
        }
        repository.insertVersion(kept.id(), number, draft.steps(), CurrentActor.idOrNull());
        Playbook after = playbooks.find(kept.id());
        audit.record("playbook.updated", Playbooks.AUDIT_TYPE, kept.id(), kept, after);
        return after;
    }

    /**
     * Starts the playbook on a customer, anchored on {@code anchorOn} (a date of the caller's record, e.g. a success
     * plan's go-live), in the caller's transaction: the run and the record are saved together or not at all. Its first
     * steps are taken at once; {@code item} and anchored {@code wait} steps are dated from the anchor.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun startAnchored(UUID playbookId, UUID companyId, java.time.LocalDate anchorOn) {
        Playbook playbook = playbooks.find(playbookId);
        UUID runId = engine.startHere(playbook, companyId, anchorOn, CurrentActor.idOrNull());
        audit.record("playbookRun.started", Playbooks.RUN_TYPE, runId, null, Map.of("playbook", playbook.name(),
                "companyId", companyId));
        return playbooks.run(runId);
    }

    /**
     * The checklist item {@code key} of the run was ticked ({@code done}) or reopened: kept on the run's history; a run
     * waiting for that item goes on (in the caller's transaction). A reopened item the run already passed stays passed.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun tick(UUID runId, String key, boolean done) {
        UUID actor = CurrentActor.idOrNull();
        PlaybookRun run = runs.lockRun(runId).orElseThrow(() -> new NotFoundException(Playbooks.RUN_TYPE, runId));
        runs.addEvent(runId, run.companyId(), null, done ? "ticked" : "reopened", key, actor);
        if (done && "waiting".equals(run.status()) && (PlaybookItemStep.ITEM + key).equals(run.waitFor())) {
            engine.next(run, runs.stepsOfRun(runId).get(run.step()).next(run.step()));
        }
        return playbooks.run(runId);
    }

    /** The run's anchor date moved (a success plan's go-live): the waiting item or anchored wait is re-dated. */
    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun moveAnchor(UUID runId, java.time.LocalDate anchorOn) {
        PlaybookRun run = runs.lockRun(runId).orElseThrow(() -> new NotFoundException(Playbooks.RUN_TYPE, runId));
        engine.moveAnchor(run, anchorOn, CurrentActor.idOrNull());
        return playbooks.run(runId);
    }

    /**
     * The checklist item {@code key}'s due day moved on this run's record alone (a plan's item moved to {@code days}
     * from go-live): the run dates the item from it when it reaches it, and re-dates its timer now if it waits for it.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public PlaybookRun moveItem(UUID runId, String key, int days) {
        PlaybookRun run = runs.lockRun(runId).orElseThrow(() -> new NotFoundException(Playbooks.RUN_TYPE, runId));
        itemStep.moveItem(run, key, days, CurrentActor.idOrNull());
        return playbooks.run(runId);
    }
}
