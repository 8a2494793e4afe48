package dev.kizuna.success;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_meeting}. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertProposed(UUID planId, UUID companyId, String anchor, Instant startsAt, UUID actor) {
        String kind = CadenceDates.ANCHOR.equals(anchor) ? "regular" : "review";
        jdbc.sql("""
                insert into success_meeting (id, company_id, plan_id, kind, anchor, starts_at, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(Ids.newId(), companyId, planId, kind, anchor, OffsetDateTime.ofInstant(startsAt,
                SuccessClock.ZONE), actor, actor).update();
    }

    /** Moves the plan's proposed regular meeting, not yet held, to a new day (agenda and attendees kept). */
    int placeProposedRegular(UUID planId, Instant startsAt, UUID actor) {
        return jdbc.sql("""
                update success_meeting set starts_at = ?, version = version + 1, updated_at = now(), updated_by = ?
                where plan_id = ? and anchor = ? and status = 'planned'
                """).params(OffsetDateTime.ofInstant(startsAt, SuccessClock.ZONE), actor, planId, CadenceDates.ANCHOR)
                .update();
    }

    /** Cancels the plan's proposed regular meeting (the plan no longer has a cadence). */
    int cancelProposedRegular(UUID planId, UUID actor) {
        return jdbc.sql("""
                update success_meeting set status = 'cancelled', version = version + 1, updated_at = now(),
                    updated_by = ? where plan_id = ? and anchor = ? and status = 'planned'
                """).params(actor, planId, CadenceDates.ANCHOR).update();
    }

    /** Places the plan's planned meeting of the anchor on a new day, keeping its time of day. */
    int placeAnchored(UUID planId, String anchor, Instant dayAtTen, UUID actor) {
        return jdbc.sql("""
                update success_meeting set
                    starts_at = (cast((cast(:at as timestamptz) at time zone 'Asia/Tokyo') as date)
                                 + cast((starts_at at time zone 'Asia/Tokyo') as time)) at time zone 'Asia/Tokyo',
                    version = version + 1, updated_at = now(), updated_by = :actor
                where plan_id = :plan and anchor = :anchor and status = 'planned'
                """).param("at", OffsetDateTime.ofInstant(dayAtTen, SuccessClock.ZONE)).param("actor", actor)
                .param("plan", planId).param("anchor", anchor).update();
    }

    int shiftUnanchored(UUID planId, long days, UUID actor) {
        return jdbc.sql("""
                update success_meeting set starts_at = starts_at + make_interval(days => :days),
                    version = version + 1, updated_at = now(), updated_by = :actor
                where plan_id = :plan and anchor is null and status = 'planned'
                """).param("days", (int) days).param("actor", actor).param("plan", planId).update();
    }

    List<Meeting> ofPlan(UUID planId) {
        return jdbc.sql("select * from success_meeting where plan_id = ? order by starts_at, id").param(planId)
                .query(MeetingRepository::map).list();
    }

    Optional<Meeting> find(UUID id) {
        return jdbc.sql("select * from success_meeting where id = ?").param(id).query(MeetingRepository::map)
                .optional();
    }

    static Meeting map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime held = rs.getObject("held_at", OffsetDateTime.class);
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getObject("plan_id", UUID.class), rs.getString("kind"), rs.getString("anchor"),
                rs.getString("status"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getString("agenda"), rs.getString("minutes"), rs.getString("decisions"),
                uuids(rs.getArray("attendee_user_ids")), uuids(rs.getArray("attendee_contact_ids")),
                rs.getObject("activity_id", UUID.class), held == null ? null : held.toInstant(),
                rs.getLong("version"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
