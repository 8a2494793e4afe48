package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves this module's rows of a merged customer and counts a customer's rows. */
@Repository
class SuccessMergeRepository extends CustomerRowsRepository {

    static final List<String> TABLES = List.of("success_plan", "success_meeting", "success_kpi", "success_contract",
            "success_churn");

    private final JdbcClient jdbc;

    SuccessMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
        this.jdbc = jdbc;
    }

    boolean hasPlan(UUID companyId) {
        return count("success_plan", companyId) > 0;
    }

    UUID planOf(UUID companyId) {
        return jdbc.sql("select id from success_plan where company_id = ?").param(companyId).query(UUID.class)
                .single();
    }

    /**
     * Items done on the folded plan count as done on the kept one (same title), with who and when; answers the kept
     * items' keys (phase.position) that became done.
     */
    List<String> carryTicks(UUID keep, UUID gone, UUID actor) {
        return jdbc.sql("""
                update success_plan_item s set done_at = m.done_at, done_by = m.done_by, version = s.version + 1,
                    updated_at = now(), updated_by = :actor
                from success_plan_item m
                where s.plan_id = :keep and m.plan_id = :gone and s.title = m.title and s.done_at is null
                  and m.done_at is not null
                returning s.phase_position || '.' || s.position
                """).param("actor", actor).param("keep", keep).param("gone", gone).query(String.class).list();
    }

    /** The folded plan's notes on an item are added to the kept item's. */
    void carryNotes(UUID keep, UUID gone, UUID actor) {
        jdbc.sql("""
                update success_plan_item s set notes = case when s.notes = '' then m.notes
                        else s.notes || E'\\n' || m.notes end,
                    version = s.version + 1, updated_at = now(), updated_by = :actor
                from success_plan_item m
                where s.plan_id = :keep and m.plan_id = :gone and s.title = m.title and m.notes <> ''
                  and m.notes <> s.notes
                """).param("actor", actor).param("keep", keep).param("gone", gone).update();
    }

    /**
     * The folded plan's items the kept plan lacks (another template) join it, after its own items of the same phase
     * (or in its last phase), with their due offset, owner, done state and notes. Answers how many.
     */
    int addMissingItems(UUID keep, UUID gone, UUID actor) {
        return jdbc.sql("""
                insert into success_plan_item (id, plan_id, phase_position, position, title, title_key, side,
                    owner_user_id, due_offset_days, done_at, done_by, notes, updated_by)
                select gen_random_uuid(), :keep,
                       least(m.phase_position, (select max(position) from success_plan_phase where plan_id = :keep)),
                       m.position + 1000, m.title, m.title_key, m.side, m.owner_user_id, m.due_offset_days,
                       m.done_at, m.done_by, m.notes, :actor
                from success_plan_item m
                where m.plan_id = :gone
                  and not exists (select 1 from success_plan_item s where s.plan_id = :keep and s.title = m.title)
                """).param("keep", keep).param("gone", gone).param("actor", actor).update();
    }

    /** The folded plan's meetings (they moved with the customer) belong to the kept plan. */
    void repointMeetings(UUID keep, UUID gone) {
        jdbc.sql("update success_meeting set plan_id = ? where plan_id = ?").params(keep, gone).update();
    }

    /** Removes the folded plan, its phases and items (after everything worth keeping moved to the kept one). */
    void dropPlan(UUID gone) {
        jdbc.sql("delete from success_plan_item where plan_id = ?").param(gone).update();
        jdbc.sql("delete from success_plan_phase where plan_id = ?").param(gone).update();
        jdbc.sql("delete from success_plan where id = ?").param(gone).update();
    }
}
