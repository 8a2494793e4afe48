package dev.kizuna.success;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that reads contracts, their plan changes, churns and renewals for the success reports. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every contract started by the day, with its churn day and its monthly amount over time. */
    List<ContractFact> facts(LocalDate until) {
        Map<UUID, List<ContractFact.Amount>> changes = new HashMap<>();
        jdbc.sql("""
                select g.contract_id, g.changed_on, g.amount_before, g.amount_after, k.billing, k.starts_on
                from success_contract_change g join success_contract k on k.id = g.contract_id
                where k.starts_on <= ? order by g.contract_id, g.changed_on, g.created_at
                """).param(until).query(rs -> {
                    UUID id = rs.getObject("contract_id", UUID.class);
                    boolean yearly = "yearly".equals(rs.getString("billing"));
                    List<ContractFact.Amount> list = changes.computeIfAbsent(id, k -> new ArrayList<>());
                    if (list.isEmpty()) {
                        list.add(new ContractFact.Amount(rs.getObject("starts_on", LocalDate.class),
                                monthly(rs.getLong("amount_before"), yearly)));
                    }
                    list.add(new ContractFact.Amount(rs.getObject("changed_on", LocalDate.class),
                            monthly(rs.getLong("amount_after"), yearly)));
                });
        return jdbc.sql("""
                select k.id, k.company_id, k.starts_on, k.amount, k.billing, h.churned_on
                from success_contract k left join success_churn h on h.contract_id = k.id
                where k.starts_on <= ?
                """).param(until).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    LocalDate start = rs.getObject("starts_on", LocalDate.class);
                    List<ContractFact.Amount> amounts = changes.getOrDefault(id, List.of(new ContractFact.Amount(
                            start, monthly(rs.getLong("amount"), "yearly".equals(rs.getString("billing"))))));
                    return new ContractFact(rs.getObject("company_id", UUID.class), start,
                            rs.getObject("churned_on", LocalDate.class), amounts);
                }).list();
    }

    /** [renewals decided in the span, early ones]. */
    int[] renewals(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as n, count(*) filter (where early) as early from success_contract_renewal
                where decided_on between ? and ?
                """).params(from, to).query((rs, n) -> new int[] {rs.getInt("n"), rs.getInt("early")}).single();
    }

    List<RetentionReports.ReasonCount> churnReasons(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.name, count(*) as n from success_churn h join success_churn_reason r on r.id = h.reason_id
                where h.churned_on between ? and ? group by r.name order by n desc, r.name
                """).params(from, to).query((rs, n) -> new RetentionReports.ReasonCount(rs.getString("name"),
                        rs.getInt("n"))).list();
    }

    private static long monthly(long amount, boolean yearly) {
        return yearly ? amount / 12 : amount;
    }
}
