package dev.kizuna.success;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CompanyDeleted;
import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merged customer's health history, usage figures and score actions follow it to the survivor (a day both have
 * keeps the survivor's; the merged customer's current score moves only when the survivor has none, and the next
 * daily run scores the survivor anew). A deleted customer's scores, history and usage figures go with it (they are
 * derived or pushed figures); what a score started (a playbook, a deal) keeps it from being deleted.
 */
@Component
class HealthCustomerRecords implements CustomerRecords {

    private static final String MODULE = "success";

    private final HealthScoreRepository scores;
    private final HealthSnapshotRepository snapshots;
    private final UsageMetricRepository usage;
    private final HealthActionRepository actions;
    private final HealthMergeRepository merge;

    HealthCustomerRecords(HealthScoreRepository scores, HealthSnapshotRepository snapshots, UsageMetricRepository usage,
            HealthActionRepository actions, HealthMergeRepository merge) {
        this.scores = scores;
        this.snapshots = snapshots;
        this.usage = usage;
        this.actions = actions;
        this.merge = merge;
    }

    @Override
    public Set<String> tables() {
        return Set.of("success_health_score.company_id", "success_health_snapshot.company_id",
                "success_usage_metric.company_id", "success_health_action.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        boolean scoreMoved = merge.moveScoreUnlessSurvivorHasOne(survivorId, mergedId);
        snapshots.move(survivorId, mergedId);
        usage.move(survivorId, mergedId);
        return List.of(MovedRecords.of(MODULE, "healthActions", actions.move(survivorId, mergedId)),
                MovedRecords.of(MODULE, "healthScores", scoreMoved ? List.of(survivorId) : List.of()));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of();
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("healthActions", actions.count(companyId)));
    }

    /** Inside the deleting transaction, before the customer's row goes. */
    @EventListener
    void on(CompanyDeleted deleted) {
        merge.deleteDerived(deleted.companyId());
    }
}
