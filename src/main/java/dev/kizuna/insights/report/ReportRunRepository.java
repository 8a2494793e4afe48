package dev.kizuna.insights.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs checked report queries (read-only, over the sources' tables) and reads the records behind a bar. */
@Repository
class ReportRunRepository {

    static final int MAX_ROWS = 5000;
    static final int MAX_RECORDS = 200;

    private final JdbcClient jdbc;

    ReportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report's rows, read from its source's rollup when the rollup can answer it ({@link ReportQuery#overRollup}). */
    List<ReportResult.Row> run(ReportQuery q) {
        return runAsGiven(q.overRollup().orElse(q));
    }

    /** The report's rows read from the query's own source, rollup or not. Groups that count nothing are left out. */
    List<ReportResult.Row> runAsGiven(ReportQuery q) {
        String group = q.group() == null ? "null" : q.group().sql();
        String month = q.period() == null ? "null" : q.monthSql();
        String sql = "select " + group + " as grp, " + month + " as month, " + q.measureSql() + " as value "
                + q.source().from() + q.where() + (q.period() == null ? "" : " and " + q.period().sql() + " is not null")
                + " group by 1, 2 having " + q.source().count() + " > 0 order by 2 nulls first, 1 nulls first limit "
                + MAX_ROWS;
        return jdbc.sql(sql).params(q.args()).query((rs, n) -> new ReportResult.Row(rs.getString("grp"),
                rs.getString("month"), rs.getBigDecimal("value"))).list();
    }

    List<ReportResult.Record> records(ReportQuery q, String group, String month) {
        StringBuilder sql = new StringBuilder("select " + q.source().id() + " as id, " + q.source().title() + " as title, "
                + q.recordValueSql() + " as value " + q.source().from() + q.where());
        List<Object> args = new ArrayList<>(q.args());
        if (q.group() != null && group != null) {
            sql.append(" and ").append(q.group().sql()).append(" = ?");
            args.add(group);
        }
        if (q.period() != null && month != null) {
            sql.append(" and ").append(q.monthSql()).append(" = ?");
            args.add(month);
        }
        sql.append(" order by 3 desc, 2 limit ").append(MAX_RECORDS);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new ReportResult.Record(rs.getString("id"),
                rs.getString("title"), q.source().href() + rs.getString("id"), rs.getBigDecimal("value"))).list();
    }
}
