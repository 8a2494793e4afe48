package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A merged customer's tasks, playbook runs and target-list places moving to the survivor, with their histories. */
@Repository
class WorkMergeRepository {

    private static final String GOING = "('running', 'waiting', 'paused')";

    private final JdbcClient jdbc;

    WorkMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the tasks and their history; the moved tasks. */
    List<UUID> moveTasks(UUID to, UUID from, UUID actor) {
        List<UUID> tasks = jdbc.sql("""
                update task set company_id = :to, version = version + 1, updated_at = now(), updated_by = :actor
                 where company_id = :from returning id
                """).param("to", to).param("from", from).param("actor", actor).query(UUID.class).list();
        jdbc.sql("update task_event set company_id = ? where company_id = ?").params(to, from).update();
        return tasks;
    }

    /** The merged customer's going runs of a playbook the survivor also has a going run of, oldest first. */
    List<UUID> runsGoingOnBothSides(UUID to, UUID from) {
        return jdbc.sql("select m.id from playbook_run m where m.company_id = :from and m.status in "
                + GOING + " and exists (select 1 from playbook_run s where s.company_id = :to and s.status in " + GOING
                + " and s.playbook_id = m.playbook_id) order by m.created_at, m.id")
                .param("to", to).param("from", from).query(UUID.class).list();
    }

    /** Moves the playbook runs and their history; the moved runs. */
    List<UUID> moveRuns(UUID to, UUID from) {
        List<UUID> runs = jdbc.sql("""
                update playbook_run set company_id = :to, version = version + 1, updated_at = now()
                 where company_id = :from returning id
                """).param("to", to).param("from", from).query(UUID.class).list();
        jdbc.sql("update playbook_run_event set company_id = ? where company_id = ?").params(to, from).update();
        return runs;
    }

    /** On a list that has both, the survivor's place takes the merged one's feeding if only that one was fed. */
    void keepFeedingOnSharedLists(UUID to, UUID from) {
        jdbc.sql("""
                update target_list_member s
                   set fed_on = m.fed_on, task_id = m.task_id, run_id = m.run_id
                  from target_list_member m
                 where s.list_id = m.list_id and s.company_id = :to and m.company_id = :from
                   and s.fed_on is null and m.fed_on is not null
                """).param("to", to).param("from", from).update();
    }

    /** Deletes the merged customer's places on lists the survivor is on too; those lists. */
    List<UUID> dropPlacesOnSharedLists(UUID to, UUID from) {
        return jdbc.sql("""
                delete from target_list_member m
                 where m.company_id = :from
                   and exists (select 1 from target_list_member s where s.list_id = m.list_id and s.company_id = :to)
                returning m.list_id
                """).param("to", to).param("from", from).query(UUID.class).list();
    }

    /** Moves the remaining places; their lists. */
    List<UUID> movePlaces(UUID to, UUID from) {
        return jdbc.sql("update target_list_member set company_id = ? where company_id = ? returning list_id")
                .params(to, from).query(UUID.class).list();
    }

    long runsOf(UUID companyId) {
        return jdbc.sql("select count(*) from playbook_run where company_id = ?").param(companyId).query(Long.class)
                .single();
    }
}
