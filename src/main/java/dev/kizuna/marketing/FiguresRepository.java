package dev.kizuna.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers' purchase figures (table {@code customer_figures}) and the RFM boundaries, computed from commerce's paid
 * orders (read-only: an order counts once paid in full).
 */
@Repository
class FiguresRepository {

    private static final String PAID = "paid_amount >= invoice_amount and invoice_amount > 0";

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer's paid orders (sales_order_company_idx). */
    List<Purchase> purchases(UUID companyId) {
        return jdbc.sql("select ordered_on, invoice_amount from sales_order where company_id = ? and " + PAID)
                .param(companyId).query((rs, n) -> new Purchase(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
    }

    /**
     * Every customer's figures from their paid orders in one statement, the rules of {@link CustomerFigures#of} in SQL:
     * count, revenue, first and last order day, the revenue of the orders before the first one's day a year later
     * (a 29 February's year ends on 28 February, as in Java), the stage by {@code s}, and the day of the order that
     * reached F2, F3 and F4 (the n-th paid order by date). RFM scores are left at 1 for {@link #scoreAll}. Returns
     * how many customers have figures.
     */
    int insertAll(StageBoundaries s) {
        return jdbc.sql("""
                insert into customer_figures (company_id, paid_orders, revenue, first_on, last_on, ltv_12m, f_stage,
                    f2_on, f3_on, f4_on, r_score, f_score, m_score)
                select company_id, count(*), sum(invoice_amount), min(ordered_on), max(ordered_on),
                       coalesce(sum(invoice_amount) filter (where ordered_on < (first_on + interval '1 year')::date), 0),
                       case when count(*) >= ? then 4 when count(*) >= ? then 3 when count(*) >= ? then 2 else 1 end,
                       min(ordered_on) filter (where k = ?), min(ordered_on) filter (where k = ?),
                       min(ordered_on) filter (where k = ?), 1, 1, 1
                  from (select company_id, ordered_on, invoice_amount,
                               row_number() over (partition by company_id order by ordered_on) as k,
                               min(ordered_on) over (partition by company_id) as first_on
                          from sales_order where %s) o
                 group by company_id
                """.formatted(PAID)).params(s.f4From(), s.f3From(), s.f2From(), s.f2From(), s.f3From(), s.f4From())
                .update();
    }

    Optional<CustomerFigures> find(UUID companyId) {
        return jdbc.sql("select * from customer_figures where company_id = ?").param(companyId)
                .query(FiguresRepository::row).optional();
    }

    void save(CustomerFigures f) {
        jdbc.sql("""
                insert into customer_figures (company_id, paid_orders, revenue, first_on, last_on, ltv_12m, f_stage,
                    f2_on, f3_on, f4_on, r_score, f_score, m_score)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (company_id) do update set paid_orders = excluded.paid_orders, revenue = excluded.revenue,
                    first_on = excluded.first_on, last_on = excluded.last_on, ltv_12m = excluded.ltv_12m,
                    f_stage = excluded.f_stage, f2_on = excluded.f2_on, f3_on = excluded.f3_on, f4_on = excluded.f4_on,
                    r_score = excluded.r_score, f_score = excluded.f_score, m_score = excluded.m_score,
                    updated_at = now()
                """).params(f.companyId(), f.paidOrders(), f.revenue(), f.firstOn(), f.lastOn(), f.ltv12m(), f.stage(),
                f.f2On(), f.f3On(), f.f4On(), f.recency(), f.frequency(), f.monetary()).update();
    }

    void delete(UUID companyId) {
        jdbc.sql("delete from customer_figures where company_id = ?").param(companyId).update();
    }

    void deleteAll() {
        jdbc.sql("delete from customer_figures").update();
    }

    /** Computes the quintile boundaries of every customer with a paid order, as of {@code today}, and stores them. */
    RfmScale recomputeScale(LocalDate today) {
        boundary("recency", "cast(? as date) - last_on", List.of("recency", today));
        boundary("frequency", "paid_orders", List.of("frequency"));
        boundary("monetary", "revenue", List.of("monetary"));
        return scale();
    }

    private void boundary(String measure, String value, List<Object> params) {
        jdbc.sql("""
                insert into rfm_boundary (measure, q20, q40, q60, q80)
                select ?, coalesce(q[1], 0), coalesce(q[2], 0), coalesce(q[3], 0), coalesce(q[4], 0) from (
                  select percentile_disc(array[0.2, 0.4, 0.6, 0.8]) within group (order by %s) as q
                    from customer_figures) t
                on conflict (measure) do update set q20 = excluded.q20, q40 = excluded.q40, q60 = excluded.q60,
                    q80 = excluded.q80, computed_at = now()
                """.formatted(value)).params(params).update();
    }

    RfmScale scale() {
        var rows = jdbc.sql("select measure, q20, q40, q60, q80 from rfm_boundary").query((rs, n) -> java.util.Map.entry(
                rs.getString(1), new RfmScale.Quintiles(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue));
        return new RfmScale(rows.getOrDefault("recency", RfmScale.Quintiles.ZERO),
                rows.getOrDefault("frequency", RfmScale.Quintiles.ZERO),
                rows.getOrDefault("monetary", RfmScale.Quintiles.ZERO));
    }

    /** Scores every customer against {@code s} in one statement (the rule of {@link RfmScale.Quintiles}). */
    void scoreAll(RfmScale s, LocalDate today) {
        jdbc.sql("""
                update customer_figures set
                  r_score = 5 - ((d > ?)::int + (d > ?)::int + (d > ?)::int + (d > ?)::int),
                  f_score = 1 + ((paid_orders > ?)::int + (paid_orders > ?)::int + (paid_orders > ?)::int
                      + (paid_orders > ?)::int),
                  m_score = 1 + ((revenue > ?)::int + (revenue > ?)::int + (revenue > ?)::int + (revenue > ?)::int)
                  from (select company_id as id, cast(? as date) - last_on as d from customer_figures) x
                 where x.id = customer_figures.company_id
                """).params(s.recency().q20(), s.recency().q40(), s.recency().q60(), s.recency().q80(),
                s.frequency().q20(), s.frequency().q40(), s.frequency().q60(), s.frequency().q80(),
                s.monetary().q20(), s.monetary().q40(), s.monetary().q60(), s.monetary().q80(), today).update();
    }

    StageBoundaries stages() {
        return jdbc.sql("select f2_from, f3_from, f4_from from marketing_setting where id = 1")
                .query((rs, n) -> new StageBoundaries(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    private static CustomerFigures row(ResultSet rs, int n) throws SQLException {
        return new CustomerFigures(rs.getObject("company_id", UUID.class), rs.getInt("paid_orders"),
                rs.getLong("revenue"), rs.getObject("first_on", LocalDate.class),
                rs.getObject("last_on", LocalDate.class), rs.getLong("ltv_12m"), rs.getInt("f_stage"),
                rs.getObject("f2_on", LocalDate.class), rs.getObject("f3_on", LocalDate.class),
                rs.getObject("f4_on", LocalDate.class), rs.getInt("r_score"), rs.getInt("f_score"),
                rs.getInt("m_score"));
    }
}
