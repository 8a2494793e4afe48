package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.platform.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** Orders from won deals through /api/v1: the order from the accepted quote, delivery, payments, the deal following. */
class OrdersApiTest extends CommerceApiTestBase {

    /** A deal hoped at 180,000 whose accepted quote agrees 170,000 (tax excluded); returns the quote. */
    private String dealWithAcceptedQuote(String deal) throws Exception {
        String quote = CommerceFixture.post(mvc, member, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"封筒印刷\","
                + "\"lines\":[{\"description\":\"封筒 長3 500枚\",\"quantity\":20,\"unitPrice\":8500,\"taxRate\":10}]}");
        mvc.perform(post(member, "/api/v1/quotes/{id}/accept", "{\"version\":0}", (String) JsonPath.read(quote, "$.id")))
                .andExpect(status().isOk());
        return quote;
    }

    /** A won deal's order, delivered today (so at version 1), invoiced 187,000; returns the order's id. */
    private String deliveredOrder(String deal) throws Exception {
        dealWithAcceptedQuote(deal);
        fx.win(mvc, member, deal);
        String id = JsonPath.read(awaitOrder(deal), "$.id");
        mvc.perform(post(member, "/api/v1/orders/{id}/delivery", "{\"version\":0}", id)).andExpect(status().isOk());
        return id;
    }

    @Test
    void acceptingAQuoteSetsTheDealAmountToTheAgreedTotalWithoutTax() throws Exception {
        String deal = fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000);
        dealWithAcceptedQuote(deal);
        mvc.perform(get(member, "/api/v1/deals/{id}", deal)).andExpect(jsonPath("$.amount.amount").value(170_000));
    }

    @Test
    void winningADealMakesOneOrderFromItsAcceptedQuote() throws Exception {
        String deal = fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000);
        String quote = dealWithAcceptedQuote(deal);
        fx.win(mvc, member, deal);
        String order = awaitOrder(deal);
        assertThat((String) JsonPath.read(order, "$.number")).matches("O-\\d{4}-\\d{6}");
        assertThat((String) JsonPath.read(order, "$.status")).isEqualTo("not-delivered");
        assertThat((Integer) JsonPath.read(order, "$.invoiceAmount.amount")).isEqualTo(187_000);
        assertThat((String) JsonPath.read(order, "$.lines[0].description")).isEqualTo("封筒 長3 500枚");
        assertThat((String) JsonPath.read(order, "$.quoteId")).isEqualTo(JsonPath.read(quote, "$.id"));
        mvc.perform(get(member, "/api/v1/orders?filter[companyId]=" + fx.companyId()))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aDeliveryIsNotDatedInTheFutureSetsThePaymentDueAndMovesTheDealToDelivered() throws Exception {
        String deal = fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000);
        dealWithAcceptedQuote(deal);
        fx.win(mvc, member, deal);
        String id = JsonPath.read(awaitOrder(deal), "$.id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        mvc.perform(post(member, "/api/v1/orders/{id}/delivery", "{\"version\":0,\"deliveredOn\":\"" + today.plusDays(1) + "\"}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("deliveredOn"))
                .andExpect(jsonPath("$.errors[0].code").value("NotInFuture"));
        mvc.perform(post(member, "/api/v1/orders/{id}/delivery", "{\"version\":0}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("delivered"))
                .andExpect(jsonPath("$.deliveredOn").value(today.toString()))
                .andExpect(jsonPath("$.dueOn").value(Orders.paymentDue(today, new BusinessCalendar()).toString()));
        // The deal follows its order: 受注 → 納品 on delivery, recorded like a move by hand.
        mvc.perform(get(member, "/api/v1/deals/{id}", deal))
                .andExpect(jsonPath("$.stageId").value(fx.stageIds().get(CommerceFixture.DELIVERED)));
    }

    @Test
    void aPaymentNamesTheOrderVersionAndNeverExceedsTheBalance() throws Exception {
        String id = deliveredOrder(fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000));
        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"amount\":1000}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("orderVersion"))
                .andExpect(jsonPath("$.errors[0].code").value("NotNull"));
        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":200000}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("金額は未入金の残額（187,000）を超えられません。"));
        mvc.perform(get(member, "/api/v1/payments?filter[orderId]=" + id)).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void aPartPaymentLeavesTheDealDeliveredAndAStaleOrderVersionIsRefused() throws Exception {
        String deal = fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000);
        String id = deliveredOrder(deal);
        String first = CommerceFixture.post(mvc, member, "/api/v1/payments",
                "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":{\"amount\":87000,\"currency\":\"JPY\"},\"note\":\"一部入金\"}");
        assertThat((Integer) JsonPath.read(first, "$.amount.amount")).isEqualTo(87_000);
        mvc.perform(get(member, "/api/v1/orders/{id}", id)).andExpect(jsonPath("$.status").value("partly-paid"))
                .andExpect(jsonPath("$.balance.amount").value(100_000));
        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":100000}"))
                .andExpect(status().isConflict());
        mvc.perform(get(member, "/api/v1/deals/{id}", deal)) // a part paid is not 入金 yet
                .andExpect(jsonPath("$.stageId").value(fx.stageIds().get(CommerceFixture.DELIVERED)));
    }

    @Test
    void payingTheWholeBalanceCompletesTheOrderAndMovesTheDealToPaid() throws Exception {
        String deal = fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000);
        String id = deliveredOrder(deal);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        CommerceFixture.post(mvc, member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":87000}");
        CommerceFixture.post(mvc, member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":2,\"amount\":100000}");
        mvc.perform(get(member, "/api/v1/deals/{id}", deal))
                .andExpect(jsonPath("$.stageId").value(fx.stageIds().get(CommerceFixture.PAID)));
        mvc.perform(get(member, "/api/v1/deals/{id}/stage-changes", deal))
                .andExpect(jsonPath("$.items[0].fromStage").value("納品")).andExpect(jsonPath("$.items[0].toStage").value("入金"))
                .andExpect(jsonPath("$.items[1].fromStage").value("受注")).andExpect(jsonPath("$.items[1].toStage").value("納品"));
        mvc.perform(get(member, "/api/v1/orders/{id}", id)).andExpect(jsonPath("$.status").value("paid"))
                .andExpect(jsonPath("$.paidOn").value(today.toString())).andExpect(jsonPath("$.balance.amount").value(0));
        mvc.perform(get(member, "/api/v1/payments?filter[orderId]=" + id)).andExpect(jsonPath("$.items.length()").value(2));
    }
}
