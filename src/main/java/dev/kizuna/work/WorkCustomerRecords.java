package dev.kizuna.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Tasks, playbook runs and target-list places follow a merged customer to the survivor in the merge's
 * transaction, with their histories. When both customers had a run of the same playbook going, both runs are kept
 * (kind {@code playbookRunsKeptBoth} names the moved ones): stopping one is the user's call, not the merge's. A
 * customer on the same target list twice keeps one place, the survivor's, which takes the merged one's feeding if
 * only that one had been fed, so nobody is fed twice. Playbook runs keep a customer from being deleted.
 */
@Component
class WorkCustomerRecords implements CustomerRecords {

    private static final String MODULE = "work";

    private final WorkMergeRepository rows;

    WorkCustomerRecords(WorkMergeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("task.company_id", "task_event.company_id", "playbook_run.company_id",
                "playbook_run_event.company_id", "target_list_member.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        List<UUID> tasks = rows.moveTasks(survivorId, mergedId, CurrentActor.idOrNull());
        List<UUID> bothSides = rows.runsGoingOnBothSides(survivorId, mergedId);
        List<UUID> runs = rows.moveRuns(survivorId, mergedId);
        List<MovedRecords> moved = new ArrayList<>(List.of(MovedRecords.of(MODULE, "tasks", tasks),
                MovedRecords.of(MODULE, "playbookRuns", runs)));
        if (!bothSides.isEmpty()) {
            moved.add(MovedRecords.of(MODULE, "playbookRunsKeptBoth", bothSides));
        }
        moved.addAll(targetListPlaces(survivorId, mergedId));
        return moved;
    }

    /** Places on lists move; on a list that has both, the survivor's stays (fed if either was) and the other goes. */
    private List<MovedRecords> targetListPlaces(UUID survivorId, UUID mergedId) {
        rows.keepFeedingOnSharedLists(survivorId, mergedId);
        List<UUID> collapsed = rows.dropPlacesOnSharedLists(survivorId, mergedId);
        List<UUID> lists = rows.movePlaces(survivorId, mergedId);
        List<MovedRecords> moved = new ArrayList<>(List.of(MovedRecords.of(MODULE, "targetListMembers", lists)));
        if (!collapsed.isEmpty()) {
            moved.add(MovedRecords.of(MODULE, "targetListDuplicates", collapsed));
        }
        return moved;
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of(); // tasks, runs and lists name the customer, not a contact
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("playbookRuns", rows.runsOf(companyId)));
    }
}
