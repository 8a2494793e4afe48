package dev.kizuna.success;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The phase board's list query: plans with their current phase and checklist counts on a day, filtered and
 * keyset-paged. Joins {@code company} (name, reading) and {@code app_user} (owner's name) read-only.
 */
@Repository
class PhaseBoardRepository {

    private static final String PHASE_ON = """
            p.go_live_on + make_interval(months => pp.start_months) <= cast(? as date)
            and (pp.end_months is null or cast(? as date) < p.go_live_on + make_interval(months => pp.end_months))
            """;

    private final JdbcClient jdbc;

    PhaseBoardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static KeysetOrder order(String sort) {
        return "customer".equals(sort) ? new KeysetOrder("c.name_kana", "text", "p.id", false)
                : new KeysetOrder("p.go_live_on", "date", "p.id", false);
    }

    List<PlanRow> page(PlanFilter f, LocalDate today, Cursor after, int fetchSize) {
        List<Object> args = new ArrayList<>(List.of(today, today, today));
        StringBuilder sql = new StringBuilder("""
                select p.id, p.company_id, c.name as company_name, c.name_kana, p.go_live_on, p.owner_user_id,
                       u.display_name as owner_name, p.version, ph.phase_key, ph.name as phase_name,
                       (select count(*) from success_plan_item i where i.plan_id = p.id) as total,
                       (select count(*) from success_plan_item i where i.plan_id = p.id and i.done_at is not null) as done,
                       (select count(*) from success_plan_item i where i.plan_id = p.id and i.done_at is null
                           and p.go_live_on + i.due_offset_days < cast(? as date)) as overdue
                from success_plan p
                join company c on c.id = p.company_id
                left join app_user u on u.id = p.owner_user_id
                left join lateral (select pp.phase_key, pp.name from success_plan_phase pp
                    where pp.plan_id = p.id and\s""").append(PHASE_ON).append("""
                    order by pp.position limit 1) ph on true
                where true""");
        if (f.ownerUserId() != null) {
            sql.append(" and p.owner_user_id = ?");
            args.add(f.ownerUserId());
        }
        if (PlanFilter.BEFORE.equals(f.phase())) {
            sql.append(" and ph.name is null");
        } else if (f.phase() != null && !f.phase().isBlank()) {
            sql.append(" and coalesce(ph.phase_key, ph.name) = ?");
            args.add(f.phase());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            sql.append(" and exists (select 1 from success_plan_item i where i.plan_id = p.id and i.done_at is null")
                    .append(" and p.go_live_on + i.due_offset_days < cast(? as date))");
            args.add(today);
        }
        if (f.renewalWithinDays() != null) {
            sql.append(" and exists (select 1 from success_contract k where k.company_id = p.company_id")
                    .append(" and k.status = 'active' and k.ends_on between ? and ?)");
            args.add(today);
            args.add(today.plusDays(f.renewalWithinDays()));
        }
        if (f.goLiveFrom() != null) {
            sql.append(" and p.go_live_on >= ?");
            args.add(f.goLiveFrom());
        }
        if (f.goLiveTo() != null) {
            sql.append(" and p.go_live_on <= ?");
            args.add(f.goLiveTo());
        }
        KeysetOrder order = order(f.sortOrDefault());
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> map(rs, today)).list();
    }

    private static PlanRow map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate goLive = rs.getObject("go_live_on", LocalDate.class);
        return new PlanRow(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("name_kana"), goLive,
                rs.getObject("owner_user_id", UUID.class), rs.getString("owner_name"), rs.getString("phase_key"),
                rs.getString("phase_name"), java.time.temporal.ChronoUnit.DAYS.between(goLive, today),
                new ChecklistProgress(rs.getInt("done"), rs.getInt("total"), rs.getInt("overdue")),
                rs.getLong("version"));
    }
}
