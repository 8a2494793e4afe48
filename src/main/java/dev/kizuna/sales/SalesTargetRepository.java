package dev.kizuna.sales;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targets (予算) per rep and month ({@code sales_target}, keyed by user and the month's first day). */
@Repository
class SalesTargetRepository {

    private final JdbcClient jdbc;

    SalesTargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The targets of the months {@code from}..{@code to}, both inclusive, by month and user. */
    List<SalesTargets.Target> between(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select user_id, month, amount, version from sales_target
                 where month between ? and ? order by month, user_id
                """).params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
                .query((rs, n) -> new SalesTargets.Target(rs.getObject(1, UUID.class),
                        YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** A first target for the rep's month; false when there is one already. */
    boolean insert(UUID userId, YearMonth month, long amount, UUID actor) {
        return jdbc.sql("""
                insert into sales_target (user_id, month, amount, updated_by) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(userId, Date.valueOf(month.atDay(1)), amount, actor).update() != 0;
    }

    /** A new amount for the rep's month if {@code version} is the row's; false when it is stale. */
    boolean update(UUID userId, YearMonth month, long amount, long version, UUID actor) {
        return jdbc.sql("""
                update sales_target set amount = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where user_id = ? and month = ? and version = ?
                """).params(amount, actor, userId, Date.valueOf(month.atDay(1)), version).update() != 0;
    }
}
