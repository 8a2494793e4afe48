package dev.kizuna.success;

import java.sql.Array;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that writes and lists {@code success_meeting} and {@code success_meeting_action}. */
@Repository
class MeetingRecordRepository {

    static final KeysetOrder ORDER = new KeysetOrder("m.starts_at", "timestamptz", "m.id", false);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MeetingRecordRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID id, UUID planId, MeetingDraft d, UUID actor) {
        jdbc.sql("""
                insert into success_meeting (id, company_id, plan_id, kind, starts_at, agenda, attendee_user_ids,
                    attendee_contact_ids, created_by, updated_by)
                values (:id, :company, :plan, :kind, :at, :agenda, :users, :contacts, :actor, :actor)
                """).param("id", id).param("company", d.companyId()).param("plan", planId).param("kind", d.kind())
                .param("at", OffsetDateTime.ofInstant(d.startsAt(), SuccessClock.ZONE)).param("agenda", d.agenda())
                .param("users", array(d.attendeeUserIds())).param("contacts", array(d.attendeeContactIds()))
                .param("actor", actor).update();
    }

    /** Changes the meeting; a proposed review that is moved by hand loses its anchor and stays where it was put. */
    boolean update(UUID id, long version, MeetingDraft d, String status, boolean keepAnchor, UUID actor) {
        return jdbc.sql("""
                update success_meeting set kind = :kind, starts_at = :at, agenda = :agenda, attendee_user_ids = :users,
                    attendee_contact_ids = :contacts, status = :status,
                    anchor = case when :keep then anchor end,
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("kind", d.kind()).param("at", OffsetDateTime.ofInstant(d.startsAt(), SuccessClock.ZONE))
                .param("agenda", d.agenda()).param("users", array(d.attendeeUserIds()))
                .param("contacts", array(d.attendeeContactIds())).param("status", status).param("keep", keepAnchor)
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    boolean hold(UUID id, long version, String minutes, String decisions, UUID activityId, UUID actor) {
        return jdbc.sql("""
                update success_meeting set status = 'held', minutes = :minutes, decisions = :decisions,
                    activity_id = :activity, held_at = now(), version = version + 1, updated_at = now(),
                    updated_by = :actor
                where id = :id and version = :version and status = 'planned'
                """).param("minutes", minutes).param("decisions", decisions).param("activity", activityId)
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    void addAction(UUID meetingId, int position, MeetingAction a) {
        jdbc.sql("""
                insert into success_meeting_action (id, meeting_id, position, title, owner_user_id, due_on, task_id)
                values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
                """).params(meetingId, position, a.title(), a.ownerUserId(), a.dueOn(), a.taskId()).update();
    }

    List<MeetingAction> actions(UUID meetingId) {
        return jdbc.sql("select * from success_meeting_action where meeting_id = ? order by position")
                .param(meetingId).query((rs, n) -> new MeetingAction(rs.getString("title"),
                        rs.getObject("owner_user_id", UUID.class), rs.getObject("due_on", LocalDate.class), null,
                        rs.getObject("task_id", UUID.class))).list();
    }

    /** Meetings by start, filtered by customer, plan, status and a window, keyset-paged. */
    List<Meeting> page(UUID companyId, UUID planId, String status, Instant from, Instant to, Cursor after,
            int fetchSize) {
        StringBuilder sql = new StringBuilder("select m.* from success_meeting m where true");
        List<Object> args = new ArrayList<>();
        if (companyId != null) {
            sql.append(" and m.company_id = ?");
            args.add(companyId);
        }
        if (planId != null) {
            sql.append(" and m.plan_id = ?");
            args.add(planId);
        }
        if (status != null) {
            sql.append(" and m.status = ?");
            args.add(status);
        }
        if (from != null) {
            sql.append(" and m.starts_at >= ?");
            args.add(OffsetDateTime.ofInstant(from, SuccessClock.ZONE));
        }
        if (to != null) {
            sql.append(" and m.starts_at < ?");
            args.add(OffsetDateTime.ofInstant(to, SuccessClock.ZONE));
        }
        ORDER.appendAfter(sql, args, after);
        ORDER.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(MeetingRepository::map).list();
    }

    private Array array(List<UUID> ids) {
        UUID[] values = ids == null ? new UUID[0] : ids.toArray(UUID[]::new);
        return template.execute((ConnectionCallback<Array>) (Connection c) -> c.createArrayOf("uuid", values));
    }
}
