package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.OrderHistory;
import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based rebuild of F stage, 12-month LTV and RFM (one INSERT … SELECT) gives every customer in the database what
 * the Java rules give from their paid orders ({@link CustomerFigures#of}, as the per-order refresh computes them, scored
 * against the same quintiles): on a fixture with the edges (an order the same day a year after the first, a first order
 * on 29 February, several orders on one day, unpaid orders) and on whatever other tests left in the shared database.
 * Before the row-by-row rebuild was removed, this test compared the two rebuilds' tables and found them equal.
 */
@KizunaTest
class FiguresRebuildTest {

    @Autowired
    CustomerStages stages;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FiguresRepository figures;

    private UUID customer(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'individual', ?, 'customer')")
                .params(id, name + " " + dev.kizuna.support.SearchTags.next()).update();
        return id;
    }

    private void order(UUID company, String on, long amount, boolean paid) {
        LocalDate day = LocalDate.parse(on);
        SystemActor.run(() -> orders.importHistory(new OrderHistory(company, null, null, "薬用化粧水 定期便", day, amount,
                10, day, null, paid ? day : null)));
    }

    private List<CustomerFigures> table() {
        return jdbc.sql("select company_id from customer_figures order by company_id").query(UUID.class).list().stream()
                .map(id -> SystemActor.call(() -> stages.of(id)).orElseThrow()).toList();
    }

    @Test
    void theSetBasedRebuildGivesWhatTheJavaRulesGiveForEveryCustomer() {
        java.time.Instant start = java.time.Instant.now();
        UUID once = customer("一回 花子");
        order(once, "2026-03-01", 980, true);
        UUID yearEdge = customer("一年 花子");
        for (String on : List.of("2025-01-10", "2025-02-09", "2025-03-11", "2026-01-09", "2026-01-10")) {
            order(yearEdge, on, 3762, true);
        }
        UUID leap = customer("閏年 花子");
        order(leap, "2024-02-29", 980, true);
        order(leap, "2025-02-27", 3420, true);
        order(leap, "2025-02-28", 3420, true);
        UUID sameDay = customer("同日 花子");
        for (int i = 0; i < 4; i++) {
            order(sameDay, "2026-05-05", 1000 + i, true);
        }
        order(sameDay, "2026-06-05", 5000, false);
        UUID unpaid = customer("未入金 花子");
        order(unpaid, "2026-04-01", 3000, false);
        dev.kizuna.support.EventListenersDone.since(jdbc, start); // the paid orders' own refreshes are done

        int rebuilt = SystemActor.call(stages::rebuild);
        List<CustomerFigures> after = table();
        StageBoundaries boundaries = figures.stages();
        RfmScale scale = figures.scale();
        LocalDate today = stages.today();
        List<CustomerFigures> byJava = after.stream().map(f -> CustomerFigures.of(f.companyId(),
                figures.purchases(f.companyId()), boundaries).scored(scale, today)).toList();

        assertThat(rebuilt).isEqualTo(after.size()).isEqualTo(jdbc.sql("select count(distinct company_id) from"
                + " sales_order where paid_amount >= invoice_amount and invoice_amount > 0").query(Long.class).single()
                .intValue());
        assertThat(after).isEqualTo(byJava);
        assertThat(SystemActor.call(() -> stages.of(unpaid))).isEmpty();
        assertThat(SystemActor.call(() -> stages.of(once)).orElseThrow().stage()).isEqualTo(1);
        CustomerFigures edge = SystemActor.call(() -> stages.of(yearEdge)).orElseThrow();
        assertThat(edge.paidOrders()).isEqualTo(5);
        assertThat(edge.ltv12m() * 5).as("the order a year after the first is outside").isEqualTo(edge.revenue() * 4);
        assertThat(edge.f4On()).isEqualTo("2026-01-09");
        CustomerFigures leapYear = SystemActor.call(() -> stages.of(leap)).orElseThrow();
        assertThat(leapYear.lastOn()).isEqualTo("2025-02-28");
        assertThat(leapYear.ltv12m()).as("a 29 February's year ends on 28 February").isLessThan(leapYear.revenue());
        CustomerFigures tied = SystemActor.call(() -> stages.of(sameDay)).orElseThrow();
        assertThat(tied.paidOrders()).isEqualTo(4);
        assertThat(tied.f4On()).isEqualTo("2026-05-05");
    }
}
