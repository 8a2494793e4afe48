package dev.kizuna.success;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over {@code success_plan_item}. An item's due day is its plan's go-live plus its offset, computed here,
 * never stored. Joins {@code app_user} read-only for the owner's and ticker's names.
 */
@Repository
class PlanItemRepository {

    private static final String SELECT = """
            select i.*, p.go_live_on + i.due_offset_days as due_on, o.display_name as owner_name,
                   d.display_name as done_by_name
            from success_plan_item i
            join success_plan p on p.id = i.plan_id
            left join app_user o on o.id = i.owner_user_id
            left join app_user d on d.id = i.done_by
            """;

    private final JdbcClient jdbc;

    PlanItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanItem> ofPlan(UUID planId) {
        return jdbc.sql(SELECT + " where i.plan_id = ? order by i.phase_position, i.position").param(planId)
                .query(PlanItemRepository::map).list();
    }

    Optional<PlanItem> find(UUID id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(PlanItemRepository::map).optional();
    }

    /** Copies the template's items into the plan; the CS owner owns the items on our side. */
    int copyFromTemplate(UUID planId, UUID templateId, UUID usOwner, UUID actor) {
        return jdbc.sql("""
                insert into success_plan_item (id, plan_id, phase_position, position, title, title_key, side,
                    owner_user_id, due_offset_days, updated_by)
                select gen_random_uuid(), :plan, phase_position, position, title, title_key, side,
                       case when side = 'us' then cast(:owner as uuid) end, due_offset_days, :actor
                from success_template_item where template_id = :template
                """).param("plan", planId).param("owner", usOwner).param("actor", actor)
                .param("template", templateId).update();
    }

    int count(UUID planId) {
        return jdbc.sql("select count(*) from success_plan_item where plan_id = ?").param(planId).query(Integer.class)
                .single();
    }

    boolean tick(UUID id, long version, boolean done, UUID actor) {
        return jdbc.sql("""
                update success_plan_item set done_at = case when :done then now() end,
                    done_by = case when :done then cast(:actor as uuid) end,
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("done", done).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean update(UUID id, long version, UUID ownerUserId, int dueOffsetDays, String notes, UUID actor) {
        return jdbc.sql("""
                update success_plan_item set owner_user_id = :owner, due_offset_days = :due, notes = :notes,
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("owner", ownerUserId).param("due", dueOffsetDays).param("notes", notes)
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    private static PlanItem map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime doneAt = rs.getObject("done_at", OffsetDateTime.class);
        Instant done = doneAt == null ? null : doneAt.toInstant();
        return new PlanItem(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getInt("phase_position"), rs.getInt("position"), rs.getString("title"), rs.getString("title_key"),
                rs.getString("side"), rs.getObject("owner_user_id", UUID.class), rs.getString("owner_name"),
                rs.getInt("due_offset_days"), rs.getObject("due_on", LocalDate.class), done,
                rs.getObject("done_by", UUID.class), rs.getString("done_by_name"), rs.getString("notes"),
                rs.getLong("version"));
    }
}
