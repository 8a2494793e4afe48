package dev.kizuna.success;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.work.PlaybookChecklists;
import dev.kizuna.work.Playbooks;
import org.springframework.stereotype.Component;

/**
 * Two merged customers that both had a success plan keep one: the surviving customer's. The other plan is folded into
 * it — an item done there counts as done here (who and when kept) and its notes are added; items the kept plan lacks
 * (another template) join it; its meetings, KPIs and contracts follow the customer as usual — and its playbook run is
 * cancelled, saying why. The folded plan is then removed; the audit log keeps what it was.
 */
@Component
class SuccessPlanFold {

    private final SuccessMergeRepository rows;
    private final PlanRepository plans;
    private final PlaybookChecklists checklists;
    private final Playbooks playbooks;
    private final AuditLog audit;

    SuccessPlanFold(SuccessMergeRepository rows, PlanRepository plans, PlaybookChecklists checklists,
            Playbooks playbooks, AuditLog audit) {
        this.rows = rows;
        this.plans = plans;
        this.checklists = checklists;
        this.playbooks = playbooks;
        this.audit = audit;
    }

    /** Folds the merged customer's plan into the survivor's; answers the folded plan's id. */
    UUID fold(UUID survivorId, UUID mergedId) {
        UUID keep = rows.planOf(survivorId);
        UUID gone = rows.planOf(mergedId);
        UUID actor = CurrentActor.idOrNull();
        SuccessPlan before = plans.find(gone).orElseThrow();
        List<String> nowDone = rows.carryTicks(keep, gone, actor);
        rows.carryNotes(keep, gone, actor);
        int added = rows.addMissingItems(keep, gone, actor);
        rows.repointMeetings(keep, gone);
        plans.runOf(keep).ifPresent(run -> nowDone.forEach(key -> checklists.tick(run, key, true)));
        plans.runOf(gone).map(playbooks::run).filter(dev.kizuna.work.PlaybookRun::open)
                .ifPresent(run -> playbooks.cancel(run.id(), run.version(), "customers merged: plan folded into "
                        + keep));
        audit.record("successPlan.folded", SuccessPlans.AUDIT_TYPE, gone, Map.of("companyId", before.companyId(),
                "goLiveOn", before.goLiveOn(), "template", before.templateName()), Map.of("into", keep,
                "itemsNowDone", nowDone.size(), "itemsAdded", added));
        rows.dropPlan(gone);
        return gone;
    }
}
