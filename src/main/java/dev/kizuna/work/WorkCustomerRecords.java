package dev.kizuna.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private static final String GOING = "('running', 'waiting', 'paused')";

    private final JdbcClient jdbc;

    WorkCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("task.company_id", "task_event.company_id", "playbook_run.company_id",
                "playbook_run_event.company_id", "target_list_member.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        UUID actor = CurrentActor.idOrNull();
        List<UUID> tasks = jdbc.sql("""
                update task set company_id = :to, version = version + 1, updated_at = now(), updated_by = :actor
                 where company_id = :from returning id
                """).param("to", survivorId).param("from", mergedId).param("actor", actor).query(UUID.class).list();
        jdbc.sql("update task_event set company_id = ? where company_id = ?").params(survivorId, mergedId).update();
        List<UUID> bothSides = jdbc.sql("select m.id from playbook_run m where m.company_id = :from and m.status in "
                + GOING + " and exists (select 1 from playbook_run s where s.company_id = :to and s.status in " + GOING
                + " and s.playbook_id = m.playbook_id) order by m.created_at, m.id")
                .param("to", survivorId).param("from", mergedId).query(UUID.class).list();
        List<UUID> runs = jdbc.sql("""
                update playbook_run set company_id = :to, version = version + 1, updated_at = now()
                 where company_id = :from returning id
                """).param("to", survivorId).param("from", mergedId).query(UUID.class).list();
        jdbc.sql("update playbook_run_event set company_id = ? where company_id = ?").params(survivorId, mergedId)
                .update();
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
        jdbc.sql("""
                update target_list_member s
                   set fed_on = m.fed_on, task_id = m.task_id, run_id = m.run_id
                  from target_list_member m
                 where s.list_id = m.list_id and s.company_id = :to and m.company_id = :from
                   and s.fed_on is null and m.fed_on is not null
                """).param("to", survivorId).param("from", mergedId).update();
        List<UUID> collapsed = jdbc.sql("""
                delete from target_list_member m
                 where m.company_id = :from
                   and exists (select 1 from target_list_member s where s.list_id = m.list_id and s.company_id = :to)
                returning m.list_id
                """).param("to", survivorId).param("from", mergedId).query(UUID.class).list();
        List<UUID> lists = jdbc.sql("update target_list_member set company_id = ? where company_id = ? returning list_id")
                .params(survivorId, mergedId).query(UUID.class).list();
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
        return List.of(new HeldRecords("playbookRuns",
                jdbc.sql("select count(*) from playbook_run where company_id = ?").param(companyId).query(Long.class)
                        .single()));
    }
}
