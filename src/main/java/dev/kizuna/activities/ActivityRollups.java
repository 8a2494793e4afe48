package dev.kizuna.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Daily rollups of activities, kept in the same transaction as every insert, change and delete of one:
 * activity_delay_rollup (per rep, day and whole hour of delay, rounded up) for input compliance's timeliness, and
 * activity_day_count (per rep, day, channel and type) for the daily report. Reports sum a few thousand of these rows
 * instead of reading a month of activities.
 */
@Repository
class ActivityRollups {

    /** Whole hours between happening and logging, rounded up, 0 for none, 721 for more than 720. */
    static final String DELAY_HOURS = "least(greatest(ceil(extract(epoch from (logged_at - occurred_at)) / 3600), 0), 721)::smallint";

    private final JdbcClient jdbc;

    ActivityRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the activity as it is stored now (notes are not counted). */
    void add(UUID activityId) {
        change(activityId, 1);
    }

    /** Stops counting the activity as it is stored now: call before changing or deleting it. */
    void remove(UUID activityId) {
        change(activityId, -1);
    }

    /** Both rollups from one read of the activity row (nothing for a note). */
    private void change(UUID activityId, int by) {
        jdbc.sql("""
                with a as (select user_id, (occurred_at at time zone 'Asia/Tokyo')::date as day, %s as delay_hours,
                                  channel_id, type_id
                             from activity where id = ? and kind = 'activity'),
                delays as (
                    insert into activity_delay_rollup (user_id, day, delay_hours, activities)
                    select user_id, day, delay_hours, ? from a
                    on conflict (user_id, day, delay_hours)
                    do update set activities = activity_delay_rollup.activities + excluded.activities)
                insert into activity_day_count (user_id, day, channel_id, type_id, activities)
                select user_id, day, channel_id, type_id, ? from a
                on conflict (user_id, day, channel_id, type_id)
                do update set activities = activity_day_count.activities + excluded.activities
                """.formatted(DELAY_HOURS)).params(activityId, by, by).update();
    }

    /**
     * Stops counting every activity of the customer, in one statement: call just before the customer goes, its
     * activities with it (their key cascades). Answers the earliest day that changed, or null when it had none.
     */
    LocalDate removeCustomer(UUID companyId) {
        return jdbc.sql("""
                with a as (select user_id, (occurred_at at time zone 'Asia/Tokyo')::date as day, %s as delay_hours,
                                  channel_id, type_id
                             from activity where company_id = ? and kind = 'activity'),
                delays as (
                    update activity_delay_rollup r set activities = r.activities - g.n
                      from (select user_id, day, delay_hours, count(*) as n from a group by 1, 2, 3) g
                     where r.user_id = g.user_id and r.day = g.day and r.delay_hours = g.delay_hours)
                update activity_day_count r set activities = r.activities - g.n
                  from (select user_id, day, channel_id, type_id, count(*) as n from a group by 1, 2, 3, 4) g
                 where r.user_id = g.user_id and r.day = g.day and r.channel_id = g.channel_id and r.type_id = g.type_id
                returning r.day
                """.formatted(DELAY_HOURS)).param(companyId).query(java.sql.Date.class).list().stream()
                .map(java.sql.Date::toLocalDate).min(LocalDate::compareTo).orElse(null);
    }

    /** Per rep, channel and type: activities on the days {@code from..to}, in channel then type order. */
    List<ActivityCount> counts(LocalDate from, LocalDate to, Collection<UUID> users) {
        return jdbc.sql("""
                select d.user_id, d.channel_id, ch.name as channel, ch.name_en as channel_en,
                       d.type_id, ty.name as type, ty.name_en as type_en, sum(d.activities) as n
                  from activity_day_count d
                  join activity_option ch on ch.id = d.channel_id
                  join activity_option ty on ty.id = d.type_id
                 where d.user_id = any(?::uuid[]) and d.day between ? and ?
                 group by d.user_id, d.channel_id, ch.name, ch.name_en, ch.position, d.type_id, ty.name, ty.name_en,
                          ty.position
                having sum(d.activities) > 0
                 order by d.user_id, ch.position, ty.position
                """).params(users.stream().map(UUID::toString).toArray(String[]::new), java.sql.Date.valueOf(from),
                        java.sql.Date.valueOf(to))
                .query((rs, n) -> new ActivityCount(rs.getObject("user_id", UUID.class),
                        rs.getObject("channel_id", UUID.class), rs.getString("channel"), rs.getString("channel_en"),
                        rs.getObject("type_id", UUID.class), rs.getString("type"), rs.getString("type_en"),
                        rs.getLong("n")))
                .list();
    }

    /** Per rep, activities on the days {@code from..to} and how many were logged more than {@code lateAfterHours} late. */
    List<LoggingTimeliness> timeliness(LocalDate from, LocalDate to, Collection<UUID> users, int lateAfterHours) {
        return jdbc.sql("""
                select user_id, sum(activities) as n, coalesce(sum(activities) filter (where delay_hours > ?), 0) as late
                  from activity_delay_rollup
                 where user_id = any(?::uuid[]) and day between ? and ?
                 group by user_id
                having sum(activities) > 0
                """).params(lateAfterHours, users.stream().map(UUID::toString).toArray(String[]::new),
                        java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
                .query((rs, n) -> new LoggingTimeliness(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** The customer's latest activity (notes aside), or null. */
    Instant lastActivityOf(UUID companyId) {
        return jdbc.sql("select max(occurred_at) from activity where company_id = ? and kind = 'activity'")
                .param(companyId).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    /**
     * Rebuilds the rollups after a bulk load that bypassed {@link ActivityBookkeeping} (as the migration that added
     * them did), and drops every snapshot. The customers' last activities are the customer master's to write: see
     * {@link ActivityBookkeeping#rebuild()}.
     */
    void rebuild() {
        jdbc.sql("delete from activity_delay_rollup").update();
        jdbc.sql("""
                insert into activity_delay_rollup (user_id, day, delay_hours, activities)
                select user_id, (occurred_at at time zone 'Asia/Tokyo')::date, %s, count(*)
                  from activity where kind = 'activity' group by 1, 2, 3
                """.formatted(DELAY_HOURS)).update();
        jdbc.sql("delete from activity_day_count").update();
        jdbc.sql("""
                insert into activity_day_count (user_id, day, channel_id, type_id, activities)
                select user_id, (occurred_at at time zone 'Asia/Tokyo')::date, channel_id, type_id, count(*)
                  from activity where kind = 'activity' group by 1, 2, 3, 4
                """).update();
        jdbc.sql("delete from compliance_snapshot_day").update();
    }

    /**
     * Every customer's latest activity (notes aside), {@code size} customers at a time in id order, along
     * {@code activity_company_idx}, so a million customers never sit in memory at once.
     */
    void lastActivities(int size, Consumer<Map<UUID, Instant>> each) {
        UUID after = new UUID(0, 0);
        while (true) {
            Map<UUID, Instant> batch = new LinkedHashMap<>();
            jdbc.sql("""
                    select company_id, max(occurred_at) from activity
                     where company_id > ? and kind = 'activity'
                     group by company_id order by company_id limit ?
                    """).params(after, size)
                    .query(rs -> {
                        batch.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                    });
            if (batch.isEmpty()) {
                return;
            }
            each.accept(batch);
            if (batch.size() < size) {
                return;
            }
            after = batch.keySet().stream().reduce((first, second) -> second).orElseThrow();
        }
    }
}
