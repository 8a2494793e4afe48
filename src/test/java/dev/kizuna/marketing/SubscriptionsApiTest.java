package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/v1/subscriptions and the daily job that turns deliveries into orders, on the embedded PostgreSQL. */
class SubscriptionsApiTest extends ApiTestBase {

    @Autowired
    SubscriptionDeliveries deliveries;
    @Autowired
    Subscriptions subscriptions;

    private String member;
    private String company;
    private String product;
    private LocalDate today;

    @BeforeEach
    void fixture() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        today = subscriptions.today();
        company = read(post(member, "/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + unique("定期 花子")
                + "\"}"), "$.id");
        product = read(post(tokenFor(PermissionLevel.ADMIN), "/api/v1/products", "{\"code\":\"" + unique("LOT")
                + "\",\"name\":\"薬用化粧水\",\"unitPrice\":3000,\"taxRate\":10}"), "$.id");
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    private String start(String cycle, LocalDate next) throws Exception {
        return read(post(member, "/api/v1/subscriptions", "{\"companyId\":\"" + company + "\",\"items\":[{\"productId\":\""
                + product + "\",\"quantity\":2,\"unitPrice\":2700}]," + cycle + ",\"nextDeliveryOn\":\"" + next
                + "\"}"), "$.id");
    }

    private long version(String id) throws Exception {
        return Long.parseLong(read(get(member, "/api/v1/subscriptions/" + id), "$.version"));
    }

    private List<UUID> deliverOn(LocalDate day) {
        return SystemActor.call(() -> deliveries.deliverDue(day));
    }

    private long ordersOf(String companyId) {
        return jdbc.sql("select count(*) from sales_order where company_id = ?::uuid").param(companyId)
                .query(Long.class).single();
    }

    @Test
    void deliveriesBecomeOrdersOnTheirDatesOnceEachAndASkippedOneDoesNot() throws Exception {
        String id = start("\"cycleUnit\":\"days\",\"cycleEvery\":7", today.plusDays(1));
        deliverOn(today);
        assertThat(ordersOf(company)).isZero();

        deliverOn(today.plusDays(1));
        assertThat(ordersOf(company)).isEqualTo(1);
        mvc.perform(get(member, "/api/v1/subscriptions/" + id)).andExpect(jsonPath("$.nextDeliveryOn")
                .value(today.plusDays(8).toString())).andExpect(jsonPath("$.price.amount").value(5400));

        mvc.perform(post(member, "/api/v1/subscriptions/" + id + "/skip", "{\"version\":" + version(id) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("skipping"));
        deliverOn(today.plusDays(8));
        assertThat(ordersOf(company)).as("the skipped delivery makes no order").isEqualTo(1);
        mvc.perform(get(member, "/api/v1/subscriptions/" + id)).andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.nextDeliveryOn").value(today.plusDays(15).toString()));

        deliverOn(today.plusDays(22)); // a job that missed a week catches up, each order on its own date
        String answer = mvc.perform(get(member, "/api/v1/subscriptions/" + id + "/deliveries")).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(answer, "$.items[*].on")).containsExactly(today.plusDays(22).toString(),
                today.plusDays(15).toString(), today.plusDays(8).toString(), today.plusDays(1).toString());
        assertThat(JsonPath.<List<String>>read(answer, "$.items[*].outcome"))
                .containsExactly("ordered", "ordered", "skipped", "ordered");
        String order = JsonPath.read(answer, "$.items[0].orderId");
        // 2 × ¥2,700 = ¥5,400 + 10% = ¥5,940, paid on delivery (card).
        mvc.perform(get(member, "/api/v1/orders/" + order)).andExpect(jsonPath("$.companyId").value(company))
                .andExpect(jsonPath("$.orderedOn").value(today.plusDays(22).toString()))
                .andExpect(jsonPath("$.invoiceAmount.amount").value(5940))
                .andExpect(jsonPath("$.paidAmount.amount").value(5940));

        // A restart that forgot where it was (the next date set back) does not make a delivery twice.
        jdbc.sql("update subscription set next_delivery_on = ? where id = ?::uuid").params(today.plusDays(1), id)
                .update();
        deliverOn(today.plusDays(22));
        assertThat(ordersOf(company)).isEqualTo(3);
        String history = mvc.perform(get(member, "/api/v1/subscriptions/" + id + "/history")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$.items[*].action")).containsExactly("started", "delivered",
                "skipped", "deliverySkipped", "delivered", "delivered");
    }

    @Test
    void twoInstancesAtOnceMakeEachDeliveryOnce() throws Exception {
        start("\"cycleUnit\":\"weeks\",\"cycleEvery\":1", today.plusDays(2));
        start("\"cycleUnit\":\"months\",\"cycleEvery\":1", today.plusDays(2));
        var one = CompletableFuture.supplyAsync(() -> deliverOn(today.plusDays(2)));
        var two = CompletableFuture.supplyAsync(() -> deliverOn(today.plusDays(2)));
        one.join();
        two.join();
        assertThat(ordersOf(company)).isEqualTo(2);
    }

    @Test
    void pauseMovesTheNextDeliveryAndCancelEndsItWithItsReason() throws Exception {
        String id = start("\"cycleUnit\":\"months\",\"cycleEvery\":1,\"dayOfMonth\":31",
                cycleDay31(today.plusDays(1)));
        LocalDate until = today.plusDays(40);
        String paused = mvc.perform(post(member, "/api/v1/subscriptions/" + id + "/pause", "{\"version\":"
                + version(id) + ",\"until\":\"" + until + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("paused")).andReturn().getResponse().getContentAsString();
        LocalDate next = LocalDate.parse(JsonPath.read(paused, "$.nextDeliveryOn"));
        assertThat(next).isAfterOrEqualTo(until).isBefore(until.plusMonths(1).plusDays(1));
        assertThat(next).isEqualTo(next.withDayOfMonth(next.lengthOfMonth()));
        mvc.perform(patch(member, "/api/v1/subscriptions/" + id, "{\"version\":" + version(id)
                + ",\"cycleUnit\":\"days\",\"cycleEvery\":45,\"nextDeliveryOn\":\"" + next + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cycleEvery").value(45));
        mvc.perform(post(member, "/api/v1/subscriptions/" + id + "/cancel", "{\"version\":" + version(id) + "}")
                .header("Accept-Language", "ja")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(member, "/api/v1/subscriptions/" + id + "/cancel", "{\"version\":" + version(id)
                + ",\"reason\":\"肌に合わなかった\"}")).andExpect(jsonPath("$.status").value("cancelled"))
                .andExpect(jsonPath("$.cancelReason").value("肌に合わなかった"));
        mvc.perform(post(member, "/api/v1/subscriptions/" + id + "/skip", "{\"version\":" + version(id) + "}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post(member, "/api/v1/subscriptions/" + id + "/skip", "{\"version\":0}"))
                .andExpect(status().is(422));
        String history = mvc.perform(get(member, "/api/v1/subscriptions/" + id + "/history")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$.items[*].action"))
                .containsExactly("started", "paused", "changed", "cancelled");
        assertThat(JsonPath.<String>read(history, "$.items[2].detail.cycle")).isEqualTo("months:1:31 → days:45");
        mvc.perform(get(member, "/api/v1/subscriptions?filter[companyId]=" + company + "&filter[status]=cancelled"))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(id)));
    }

    private static LocalDate cycleDay31(LocalDate from) {
        return from.withDayOfMonth(from.lengthOfMonth());
    }

    @Test
    void aCycleOfZeroOrANextDeliveryInThePastIs422NamingTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post(member, "/api/v1/subscriptions", "{\"companyId\":\"" + company + "\",\"items\":[{\"productId\":\""
                + product + "\"}],\"cycleUnit\":\"days\",\"cycleEvery\":0,\"nextDeliveryOn\":\"" + today.minusDays(1)
                + "\"}").header("Accept-Language", "ja")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[?(@.field == 'cycleEvery')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("サイクル"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'nextDeliveryOn')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("次回お届け日"))));
        mvc.perform(post(member, "/api/v1/subscriptions", "{\"companyId\":\"" + company + "\",\"items\":[{\"productId\":\""
                + UUID.randomUUID() + "\",\"quantity\":0}],\"cycleUnit\":\"fortnights\",\"cycleEvery\":1,"
                + "\"nextDeliveryOn\":\"" + today + "\"}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("cycleUnit",
                        "items[0].productId")));
        mvc.perform(post(member, "/api/v1/subscriptions", "{\"companyId\":\"" + company + "\",\"items\":[{\"productId\":\""
                + product + "\"}],\"cycleUnit\":\"months\",\"cycleEvery\":1,\"dayOfMonth\":31,\"nextDeliveryOn\":\""
                + today.withDayOfMonth(1).plusMonths(1).plusDays(9) + "\"}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("nextDeliveryOn"));
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/subscriptions", "{}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from subscription where company_id = ?::uuid").param(company)
                .query(Long.class).single()).isZero();
    }
}
