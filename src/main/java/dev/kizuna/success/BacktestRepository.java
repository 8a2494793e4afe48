package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a back-test replays: every churn and every renewal decided in a period, with its customer's name, kind and
 * tags (read from {@code company}) so the model's segment can pick them.
 */
@Repository
class BacktestRepository {

    /** A churn ({@code churned}) or a renewal of a customer on a day. */
    record Event(UUID companyId, String name, String kind, List<String> tags, LocalDate on, boolean churned) {
    }

    private final JdbcClient jdbc;

    BacktestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Event> events(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select e.company_id, c.name, c.kind, c.tags, e.on_day, e.churned from (
                    select ch.company_id, ch.churned_on as on_day, true as churned from success_churn ch
                     where ch.churned_on between ? and ?
                    union all
                    select k.company_id, r.decided_on, false from success_contract_renewal r
                      join success_contract k on k.id = r.contract_id
                     where r.decided_on between ? and ?) e
                  join company c on c.id = e.company_id
                 order by e.on_day, e.company_id
                """).params(from, to, from, to).query((rs, n) -> new Event(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), java.util.Arrays.asList((String[]) rs.getArray(4).getArray()),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6))).list();
    }
}
