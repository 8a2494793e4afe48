package dev.kizuna.activities;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerActivity;
import dev.kizuna.customers.OwnerCustomers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compliance figures of a finished day that would be slow to recompute every time a report asks: per rep,
 * customers and complete ones, customers without activity in the last {@code dormantDays} days, and overdue
 * follow-ups, as they stood at the end of the day. Taken each night by {@link ComplianceSnapshotJob}, or the first
 * time a report asks for a day without one; dropped from a day on when an activity about that day or an earlier
 * one is logged, changed or deleted, so a late entry is counted the next time the day is asked for.
 */
@Component
class ComplianceSnapshots {

    /** One rep's figures at the end of a day. */
    record RepFigures(long customers, long complete, long dormant, long overdue) {
        static final RepFigures NONE = new RepFigures(0, 0, 0, 0);
    }

    private final JdbcClient jdbc;
    private final ActivityStatsRepository stats;
    private final CustomerActivity customers;
    private final TransactionTemplate separately;

    ComplianceSnapshots(JdbcClient jdbc, ActivityStatsRepository stats, CustomerActivity customers,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.stats = stats;
        this.customers = customers;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The figures at the end of {@code day} for every rep among {@code reps}; taken now when there are none yet. */
    Map<UUID, RepFigures> endOf(LocalDate day, int dormantDays, Collection<UUID> reps) {
        boolean taken = jdbc.sql("select count(*) from compliance_snapshot_day where day = ? and dormant_days = ?")
                .params(Date.valueOf(day), dormantDays).query(Long.class).single() > 0;
        return taken ? read(day) : take(day, dormantDays, reps);
    }

    /** Forgets the snapshots of {@code day} and later: an activity about that day changed. */
    void dropFrom(LocalDate day) {
        jdbc.sql("delete from compliance_snapshot_day where day >= ?").param(Date.valueOf(day)).update();
    }

    private Map<UUID, RepFigures> read(LocalDate day) {
        Map<UUID, RepFigures> figures = new HashMap<>();
        jdbc.sql("select user_id, customers, complete, dormant, overdue from compliance_snapshot where day = ?")
                .param(Date.valueOf(day))
                .query(rs -> {
                    figures.put(rs.getObject(1, UUID.class),
                            new RepFigures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return figures;
    }

    /** Computes the day's figures exactly (one probe per customer for dormancy) and keeps them, in their own transaction. */
    private Map<UUID, RepFigures> take(LocalDate day, int dormantDays, Collection<UUID> reps) {
        LocalDate next = day.plusDays(1);
        Instant end = next.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        Map<UUID, Long> dormant = counts(reps.isEmpty() ? java.util.List.of() : stats.dormantCustomers(end, dormantDays, reps));
        Map<UUID, Long> overdue = counts(reps.isEmpty() ? java.util.List.of() : stats.overdueFollowUps(next, end, reps));
        Map<UUID, RepFigures> figures = combine(customers.byOwner(reps, end, end), dormant, overdue);
        separately.executeWithoutResult(status -> {
            // Two requests taking the same day at once: the second waits on the day's row, then writes over the first.
            jdbc.sql("""
                    insert into compliance_snapshot_day (day, dormant_days) values (?, ?)
                    on conflict (day) do update set dormant_days = excluded.dormant_days, taken_at = now()
                    """).params(Date.valueOf(day), dormantDays).update();
            jdbc.sql("delete from compliance_snapshot where day = ?").param(Date.valueOf(day)).update();
            figures.forEach((rep, f) -> jdbc.sql("""
                    insert into compliance_snapshot (day, user_id, customers, complete, dormant, overdue)
                    values (?, ?, ?, ?, ?, ?)""").params(Date.valueOf(day), rep, f.customers(), f.complete(),
                    f.dormant(), f.overdue()).update());
        });
        return figures;
    }

    /**
     * Each rep's figures from their customers, the customers without activity ({@code dormant}; null = the owners'
     * own quiet counts) and their overdue follow-ups; a rep with overdue follow-ups but no customers is included.
     */
    static Map<UUID, RepFigures> combine(java.util.List<OwnerCustomers> owners, Map<UUID, Long> dormant,
            Map<UUID, Long> overdue) {
        Map<UUID, RepFigures> figures = new HashMap<>();
        for (OwnerCustomers o : owners) {
            long quiet = dormant == null ? o.quiet() : dormant.getOrDefault(o.ownerId(), 0L);
            figures.put(o.ownerId(), new RepFigures(o.customers(), o.complete(), quiet, overdue.getOrDefault(o.ownerId(), 0L)));
        }
        overdue.forEach((rep, n) -> figures.putIfAbsent(rep, new RepFigures(0, 0, 0, n)));
        return figures;
    }

    static Map<UUID, Long> counts(java.util.List<UserCount> rows) {
        Map<UUID, Long> map = new HashMap<>();
        rows.forEach(r -> map.put(r.userId(), r.count()));
        return map;
    }
}
