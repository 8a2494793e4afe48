package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures behind the F-stage and LTV reports, grouped by month in SQL. */
@Repository
class MarketingReportRepository {

    private final JdbcClient jdbc;

    MarketingReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers per stage 1–4 now; index 0 holds every customer, so F0 is the rest. */
    long[] distribution() {
        long[] out = new long[5];
        out[0] = jdbc.sql("select count(*) from company").query(Long.class).single();
        jdbc.sql("select f_stage, count(*) from customer_figures group by f_stage")
                .query((rs, n) -> out[rs.getInt(1)] = rs.getLong(2)).list();
        return out;
    }

    /** Per month ("YYYY-MM") in [from, to): how many reached each stage 1–4 that month. */
    Map<String, long[]> reached(LocalDate from, LocalDate to) {
        Map<String, long[]> out = new TreeMap<>();
        jdbc.sql("""
                select to_char(d, 'YYYY-MM') as m, stage, count(*) from (
                  select first_on as d, 1 as stage from customer_figures where first_on >= ? and first_on < ?
                  union all select f2_on, 2 from customer_figures where f2_on >= ? and f2_on < ?
                  union all select f3_on, 3 from customer_figures where f3_on >= ? and f3_on < ?
                  union all select f4_on, 4 from customer_figures where f4_on >= ? and f4_on < ?
                ) t group by 1, 2
                """).params(from, to, from, to, from, to, from, to)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new long[5])[rs.getInt(2)] = rs.getLong(3))
                .list();
        return out;
    }

    /** A cohort: customers whose first paid order fell in the month, how many have reached F2, their LTV. */
    record Cohort(String month, long customers, long reachedF2, long ltvTotal, long reachedGoal) {
    }

    List<Cohort> cohorts(LocalDate from, LocalDate to, long goal) {
        return jdbc.sql("""
                select to_char(first_on, 'YYYY-MM'), count(*), count(f2_on), coalesce(sum(ltv_12m), 0),
                       count(*) filter (where ltv_12m >= ?)
                  from customer_figures where first_on >= ? and first_on < ? group by 1 order by 1
                """).params(goal, from, to).query((rs, n) -> new Cohort(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5))).list();
    }

    /** Customers whose twelve months are over ({@code first_on} before {@code completeBefore}) and their LTV total. */
    long[] completeLtv(LocalDate completeBefore) {
        return jdbc.sql("select count(*), coalesce(sum(ltv_12m), 0) from customer_figures where first_on < ?")
                .param(completeBefore).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
