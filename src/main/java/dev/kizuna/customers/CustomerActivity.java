package dev.kizuna.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each customer's last activity (最終活動日), kept on the customer row by the activities module as activities are
 * logged, moved and deleted, so "customers nobody has touched in 30 days" is one pass over the owner's customers
 * instead of one probe of the activity table per customer.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CustomerActivity {

    private final JdbcClient jdbc;
    private final RequiredFields requiredFields;

    CustomerActivity(JdbcClient jdbc, RequiredFields requiredFields) {
        this.jdbc = jdbc;
        this.requiredFields = requiredFields;
    }

    /**
     * An activity with the customer happened at {@code at}: the last activity moves forward to it when later, unless
     * another transaction is writing the customer's row right now (another rep logging about the same customer). Then
     * nothing is written and this answers false: the caller moves it forward after its commit with
     * {@link #movedForward}. Waiting for that row lock instead made every log of a busy customer queue behind the
     * others until each had committed (issue 26: one customer capped at about 70 logs a second).
     */
    public boolean happened(UUID companyId, Instant at) {
        return jdbc.sql("""
                update company c set last_activity_at = greatest(coalesce(c.last_activity_at, '-infinity'), ?)
                 where c.id = (select id from company where id = ? for no key update skip locked)
                """).params(Timestamp.from(at), companyId).update() == 1;
    }

    /**
     * Each customer named moves its last activity forward to the instant named, where that is later than the one it
     * has (never back: a log committed meanwhile may have moved it further). One statement for the whole map.
     */
    public void movedForward(Map<UUID, Instant> lastActivities) {
        if (lastActivities.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update company c set last_activity_at = a.last
                  from unnest(?::uuid[], ?::timestamptz[]) as a(id, last)
                 where a.id = c.id and (c.last_activity_at is null or c.last_activity_at < a.last)
                """).params(lastActivities.keySet().stream().map(UUID::toString).toArray(String[]::new),
                        lastActivities.values().stream().map(Instant::toString).toArray(String[]::new))
                .update();
    }

    /** The customer's last activity is exactly {@code at} ({@code null}: none), after one was moved or deleted. */
    public void lastWas(UUID companyId, Instant at) {
        jdbc.sql("update company set last_activity_at = ? where id = ?")
                .params(at == null ? null : Timestamp.from(at), companyId).update();
    }

    /**
     * After a bulk load of activities that bypassed the activities facade: each customer named is given exactly the
     * last activity named (customers not named keep theirs). One statement for the whole map.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void lastActivitiesWere(Map<UUID, Instant> lastActivities) {
        if (lastActivities.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update company c set last_activity_at = a.last
                  from unnest(?::uuid[], ?::timestamptz[]) as a(id, last)
                 where a.id = c.id and c.last_activity_at is distinct from a.last
                """).params(lastActivities.keySet().stream().map(UUID::toString).toArray(String[]::new),
                        lastActivities.values().stream().map(Instant::toString).toArray(String[]::new))
                .update();
    }

    /**
     * Per owner among {@code owners}, of their customers created before {@code at}: how many, how many complete, and
     * how many quiet — created before {@code quietSince} and without activity since then. Exact for {@code at} now;
     * for an earlier {@code at}, an activity logged after it would hide a customer that was quiet then.
     */
    @Transactional(readOnly = true)
    public List<OwnerCustomers> byOwner(Collection<UUID> owners, Instant at, Instant quietSince) {
        if (owners.isEmpty()) {
            return List.of();
        }
        Timestamp since = Timestamp.from(quietSince);
        return jdbc.sql("""
                select c.owner_id, count(*) as customers,
                       count(*) filter (where not %s) as complete,
                       count(*) filter (where c.created_at < ?
                                          and (c.last_activity_at is null or c.last_activity_at < ?)) as quiet
                  from company c
                 where c.owner_id = any(?::uuid[]) and c.created_at < ?
                 group by c.owner_id
                """.formatted(requiredFields.incompleteCondition()))
                .params(since, since, owners.stream().map(UUID::toString).toArray(String[]::new), Timestamp.from(at))
                .query((rs, n) -> new OwnerCustomers(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)))
                .list();
    }
}
