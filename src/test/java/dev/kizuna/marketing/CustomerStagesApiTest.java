package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.OrderHistory;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.EventListenersDone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * F stages, 12-month LTV and the reports, kept current by paying orders (commerce's OrderPaid). The fixture lives in
 * 2012, where no other test puts an order; its figures are worked out in the comments.
 */
class CustomerStagesApiTest extends ApiTestBase {

    @Autowired
    Orders orders;
    @Autowired
    CustomerStages stages;

    private String admin;
    private String member;

    @BeforeEach
    void fixture() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        String settings = mvc.perform(get(admin, "/api/v1/marketing-settings")).andReturn().getResponse()
                .getContentAsString();
        mvc.perform(patch(admin, "/api/v1/marketing-settings", "{\"version\":" + JsonPath.read(settings, "$.version")
                + ",\"f2From\":2,\"f3From\":3,\"f4From\":4,\"ltvGoal\":35000}")).andExpect(status().isOk());
    }

    private UUID customer(String name) throws Exception {
        return UUID.fromString(JsonPath.read(mvc.perform(post(member, "/api/v1/companies", "{\"kind\":\"individual\","
                + "\"name\":\"" + unique(name) + "\"}")).andReturn().getResponse().getContentAsString(), "$.id"));
    }

    /** An order of {@code amount} before tax (10%), delivered on its date, then paid in full through the API. */
    private void paidOrder(UUID company, String on, long amount) throws Exception {
        LocalDate day = LocalDate.parse(on);
        Order o = SystemActor.call(() -> orders.importHistory(new OrderHistory(company, null, null, "薬用化粧水", day,
                amount, 10, day, null, null)));
        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + o.id() + "\",\"orderVersion\":" + o.version()
                + ",\"amount\":" + o.invoiceAmount() + ",\"receivedOn\":\"" + on + "\"}")).andExpect(status().isCreated());
    }

    private String figures(UUID company) throws Exception {
        return mvc.perform(get(member, "/api/v1/customer-figures/" + company)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void aThirdOrderMovesACustomerFromF2ToF3AndTheReportsGiveTheHandCountedFigures() throws Exception {
        Instant start = Instant.now();
        UUID a = customer("段階 A子");
        UUID b = customer("段階 B美");
        assertThat(JsonPath.<String>read(figures(a), "$.stage")).isEqualTo("F0");
        // A: 2012-02-10 ¥1,000 + tax = ¥1,100; 03-10 ¥3,420 → ¥3,762; 04-09 ¥3,762. LTV 8,624.
        paidOrder(a, "2012-02-10", 1000);
        paidOrder(a, "2012-03-10", 3420);
        EventListenersDone.since(jdbc, start);
        assertThat(JsonPath.<String>read(figures(a), "$.stage")).isEqualTo("F2");
        paidOrder(a, "2012-04-09", 3420);
        // B: 2012-02-20 ¥3,762; 2013-02-19 ¥3,762 (the last day of B's year); 2013-02-20 ¥3,762 (the year is over).
        paidOrder(b, "2012-02-20", 3420);
        paidOrder(b, "2013-02-19", 3420);
        paidOrder(b, "2013-02-20", 3420);
        EventListenersDone.since(jdbc, start);

        String fa = figures(a);
        assertThat(JsonPath.<String>read(fa, "$.stage")).isEqualTo("F3");
        assertThat(JsonPath.<String>read(fa, "$.f3On")).isEqualTo("2012-04-09");
        assertThat(JsonPath.<Integer>read(fa, "$.ltv12m")).isEqualTo(8_624);
        String fb = figures(b);
        assertThat(JsonPath.<Integer>read(fb, "$.ltv12m")).isEqualTo(7_524);
        assertThat(JsonPath.<Integer>read(fb, "$.revenue")).isEqualTo(11_286);
        assertThat(JsonPath.<String>read(fb, "$.f2On")).isEqualTo("2013-02-19");

        String report = mvc.perform(get(member, "/api/v1/marketing-reports/f-stages?from=2012-02&to=2012-04"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Feb: A and B buy first (→F1), both have bought again since: 2/2. Mar: A → F2. Apr: A → F3.
        assertThat(JsonPath.<List<Integer>>read(report, "$.months[*].toF1")).containsExactly(2, 0, 0);
        assertThat(JsonPath.<List<Integer>>read(report, "$.months[*].toF2")).containsExactly(0, 1, 0);
        assertThat(JsonPath.<List<Integer>>read(report, "$.months[*].toF3")).containsExactly(0, 0, 1);
        assertThat(JsonPath.<Integer>read(report, "$.months[0].f2ConversionPermille")).isEqualTo(1000);

        String ltv = mvc.perform(get(member, "/api/v1/marketing-reports/ltv?from=2012-02&to=2012-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Cohort 2012-02: (8,624 + 7,524) / 2 = 8,074, nobody at the ¥35,000 goal; March has no first buyers.
        assertThat(JsonPath.<Integer>read(ltv, "$.goal")).isEqualTo(35_000);
        assertThat(JsonPath.<Integer>read(ltv, "$.cohorts[0].customers")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(ltv, "$.cohorts[0].averageLtv")).isEqualTo(8_074);
        assertThat(JsonPath.<Integer>read(ltv, "$.cohorts[0].goalReachedPermille")).isZero();
        assertThat(JsonPath.<Boolean>read(ltv, "$.cohorts[0].complete")).isTrue();
        assertThat(JsonPath.<Integer>read(ltv, "$.cohorts[1].customers")).isZero();
    }

    @Test
    void theRebuildFromScratchGivesWhatThePerOrderUpdatesGaveAndTheSameRfmScores() throws Exception {
        Instant start = Instant.now();
        UUID c = customer("再計算 C代");
        paidOrder(c, "2012-05-01", 5000);
        paidOrder(c, "2012-05-31", 5000);
        EventListenersDone.since(jdbc, start);
        String incremental = figures(c);
        jdbc.sql("delete from customer_figures where company_id = ?").param(c).update();
        mvc.perform(post(admin, "/api/v1/customer-figures/rebuild", "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.customers").value(org.hamcrest.Matchers.greaterThan(0)));
        String rebuilt = figures(c);
        for (String field : List.of("$.stage", "$.paidOrders", "$.revenue", "$.ltv12m", "$.f2On", "$.firstOn")) {
            assertThat(JsonPath.<Object>read(rebuilt, field)).as(field).isEqualTo(JsonPath.read(incremental, field));
        }
        // The rebuild scores in SQL; a per-order update scores in Java against the same stored quintiles.
        var sql = List.of(JsonPath.<Integer>read(rebuilt, "$.recency"), JsonPath.<Integer>read(rebuilt, "$.frequency"),
                JsonPath.<Integer>read(rebuilt, "$.monetary"));
        var java = SystemActor.call(() -> stages.refresh(c)).orElseThrow();
        assertThat(List.of(java.recency(), java.frequency(), java.monetary())).isEqualTo(sql);
    }

    @Test
    void badSettingsAndMonthsAre422NamingTheField() throws Exception {
        mvc.perform(patch(admin, "/api/v1/marketing-settings", "{\"version\":0,\"f2From\":3,\"f3From\":3}")
                .header("If-Match", "\"999\"")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("f3From"));
        mvc.perform(get(member, "/api/v1/marketing-reports/ltv?from=2012-13")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(member, "/api/v1/marketing-reports/f-stages?from=2012-05&to=2012-01"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(post(member, "/api/v1/customer-figures/rebuild", "")).andExpect(status().isForbidden());
    }
}
