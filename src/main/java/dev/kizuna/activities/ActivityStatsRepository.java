package dev.kizuna.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates over the activity table for reports. Every query names the reps it is about and reads their
 * rows through activity_user_idx (user_id, occurred_at, id), or a customer's through activity_company_idx.
 */
@Repository
class ActivityStatsRepository {

    private final JdbcClient jdbc;

    ActivityStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Follow-ups due before {@code day} and not done by the start of it ({@code dayStart}). */
    List<UserCount> overdueFollowUps(LocalDate day, Instant dayStart, Collection<UUID> users) {
        return jdbc.sql("""
                select a.user_id, count(*) from activity a
                 where a.user_id = any(?::uuid[]) and a.follow_up_on is not null and a.follow_up_on < ?
                   and (a.follow_up_done_at is null or a.follow_up_done_at >= ?)
                 group by a.user_id
                """).params(ids(users), java.sql.Date.valueOf(day), Timestamp.from(dayStart))
                .query((rs, n) -> new UserCount(rs.getObject(1, UUID.class), rs.getLong(2))).list();
    }

    /**
     * Customers each rep owns that had no activity in the {@code days} days before {@code at}; customers created
     * within those days are not counted (they have not had the time).
     */
    List<UserCount> dormantCustomers(Instant at, int days, Collection<UUID> users) {
        Timestamp since = Timestamp.from(at.minus(java.time.Duration.ofDays(days)));
        return jdbc.sql("""
                select c.owner_id, count(*) from company c
                 where c.owner_id = any(?::uuid[]) and c.created_at < ?
                   and not exists (select 1 from activity a
                                    where a.company_id = c.id and a.occurred_at >= ? and a.occurred_at < ?
                                      and a.kind = 'activity')
                 group by c.owner_id
                """).params(ids(users), since, since, Timestamp.from(at))
                .query((rs, n) -> new UserCount(rs.getObject(1, UUID.class), rs.getLong(2))).list();
    }

    /**
     * Who logged at least one activity in the period: one probe of activity_user_idx (user_id, occurred_at) per user,
     * instead of reading every activity of the period (a month is close to a million rows at 10 million).
     */
    List<UUID> loggedBy(Instant from, Instant to) {
        return jdbc.sql("""
                select u.id from app_user u
                 where exists (select 1 from activity a where a.user_id = u.id and a.occurred_at >= ?
                                 and a.occurred_at < ? and a.kind = 'activity')
                """).params(Timestamp.from(from), Timestamp.from(to)).query(UUID.class).list();
    }

    /** Each customer's last activity that happened before {@code before} (one probe of activity_company_idx each). */
    java.util.Map<UUID, Instant> lastActivityBefore(Collection<UUID> companies, Instant before) {
        java.util.Map<UUID, Instant> last = new java.util.HashMap<>();
        jdbc.sql("""
                select c.id, (select max(a.occurred_at) from activity a
                               where a.company_id = c.id and a.occurred_at < ? and a.kind = 'activity') as last
                  from unnest(?::uuid[]) as c(id)
                """).params(Timestamp.from(before), ids(companies)).query(rs -> {
                    Timestamp at = rs.getTimestamp(2);
                    if (at != null) {
                        last.put(rs.getObject(1, UUID.class), at.toInstant());
                    }
                });
        return last;
    }

    /** Per customer: activities of the type that happened in {@code [from, to)}. */
    java.util.Map<UUID, Long> countOfType(Collection<UUID> companies, UUID typeId, Instant from, Instant to) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select a.company_id, count(*) from activity a
                 where a.company_id = any(?::uuid[]) and a.type_id = ? and a.occurred_at >= ? and a.occurred_at < ?
                   and a.kind = 'activity'
                 group by a.company_id
                """).params(ids(companies), typeId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    /** Every customer's last activity before {@code before} (one aggregate over the table, not a probe per customer). */
    java.util.Map<UUID, Instant> lastActivityOfEveryCustomerBefore(Instant before) {
        java.util.Map<UUID, Instant> last = new java.util.HashMap<>();
        jdbc.sql("""
                select company_id, max(occurred_at) from activity
                 where occurred_at < ? and kind = 'activity'
                 group by company_id
                """).param(Timestamp.from(before)).query(rs -> {
                    last.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        return last;
    }

    /** Every customer's activities of the type in {@code [from, to)}, in one aggregate. */
    java.util.Map<UUID, Long> countOfTypeForEveryCustomer(UUID typeId, Instant from, Instant to) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select company_id, count(*) from activity
                 where type_id = ? and occurred_at >= ? and occurred_at < ? and kind = 'activity'
                 group by company_id
                """).params(typeId, Timestamp.from(from), Timestamp.from(to)).query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    private static String[] ids(Collection<UUID> users) {
        return users.stream().map(UUID::toString).toArray(String[]::new);
    }
}
