package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Products, quotes, orders and payments through /api/v1: rules, permissions, 409 on stale versions, the flow. */
class CommerceApiTest extends ApiTestBase {

    @Autowired
    OverdueOrders overdueOrders;

    private String admin;
    private String member;
    private CommerceFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        fx = CommerceFixture.create(mvc, admin, unique(""));
    }

    private String product(String code, long price, int rate) throws Exception {
        return JsonPath.read(CommerceFixture.post(mvc, admin, "/api/v1/products", "{\"code\":\"" + code
                + "\",\"name\":\"名刺印刷 100枚\",\"unit\":\"箱\",\"unitPrice\":" + price + ",\"taxRate\":" + rate + "}"),
                "$.id");
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void onlyAdministratorsKeepThePriceListAndBadInputNamesTheFieldAndRuleInBothLanguages() throws Exception {
        String code = unique("BC");
        mvc.perform(post(member, "/api/v1/products", "{\"code\":\"X1\",\"name\":\"名刺\",\"unitPrice\":100,\"taxRate\":10}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(admin, "/api/v1/products", "{\"name\":\"名刺\",\"unitPrice\":-1,\"taxRate\":5}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("商品コードを入力してください。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'taxRate')].code").value("OneOf"))
                .andExpect(jsonPath("$.errors[?(@.field == 'unitPrice')].code").value("Yen"));
        mvc.perform(post(admin, "/api/v1/products", "{\"name\":\"名刺\",\"unitPrice\":100,\"taxRate\":5}")
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("Code is required."))
                .andExpect(jsonPath("$.errors[?(@.field == 'taxRate')].message").value("Tax rate must be one of: 10, 8."));

        String id = product(code, 3_000, 10);
        mvc.perform(post(admin, "/api/v1/products", "{\"code\":\"" + code + "\",\"name\":\"重複\",\"unitPrice\":1,\"taxRate\":8}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("Duplicate"));
        mvc.perform(patch(admin, "/api/v1/products/{id}", "{\"version\":0,\"unitPrice\":3200}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitPrice.amount").value(3200))
                .andExpect(jsonPath("$.unitPrice.currency").value("JPY")).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(patch(admin, "/api/v1/products/{id}", "{\"version\":0,\"active\":false}", id))
                .andExpect(status().isConflict());
        mvc.perform(patch(admin, "/api/v1/products/{id}", "{\"active\":false}", id).header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get(member, "/api/v1/products?filter[active]=false&limit=200"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].code", hasItem(code)));
    }

    @Test
    void aQuoteIsPricedPerTaxRateNumberedRevisedAndPrinted() throws Exception {
        String cards = product(unique("BC"), 3_000, 10);
        String deal = fx.deal(mvc, member, "名刺・封筒の年間契約", 500_000);
        String quote = CommerceFixture.post(mvc, member, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"名刺と焼き菓子\","
                + "\"issuedOn\":\"2026-11-24\",\"lines\":[{\"productId\":\"" + cards + "\",\"quantity\":3},"
                + "{\"description\":\"焼き菓子\",\"quantity\":3,\"unitPrice\":1199,\"taxRate\":8}]}");
        String id = JsonPath.read(quote, "$.id");
        String number = JsonPath.read(quote, "$.number");
        assertThat(number).matches("Q-2026-\\d{6}");
        assertThat((Integer) JsonPath.read(quote, "$.revision")).isEqualTo(1);
        assertThat((String) JsonPath.read(quote, "$.validUntil")).isEqualTo("2026-12-24");
        assertThat((Integer) JsonPath.read(quote, "$.lines[0].amount.amount")).isEqualTo(9_000);
        assertThat((String) JsonPath.read(quote, "$.lines[0].description")).isEqualTo("名刺印刷 100枚");
        // 10%: 9,000 → 900; 8%: 3,597 → 287.76, rounded down to 287.
        assertThat((Integer) JsonPath.read(quote, "$.totals.rates[1].tax.amount")).isEqualTo(287);
        assertThat((Integer) JsonPath.read(quote, "$.totals.total.amount")).isEqualTo(9_000 + 900 + 3_597 + 287);

        String next = CommerceFixture.post(mvc, member, "/api/v1/quotes", "{\"dealId\":\"" + deal
                + "\",\"title\":\"別案\",\"issuedOn\":\"2026-11-24\",\"lines\":[{\"description\":\"封筒\",\"unitPrice\":8500,\"taxRate\":10}]}");
        int n = Integer.parseInt(number.substring(7));
        assertThat((String) JsonPath.read(next, "$.number")).isEqualTo("Q-2026-%06d".formatted(n + 1));

        mvc.perform(post(member, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"\",\"lines\":[]}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines')].message").value("明細を1行以上入力してください（商品、または品名と単価）。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("NotBlank"));

        byte[] pdf = mvc.perform(get(member, "/api/v1/quotes/" + id + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll(" +", " ");
            assertThat(text).contains("御 見 積 書", number, "御中", "名刺印刷 100枚", "焼き菓子 ※", "8%対象（軽減） ¥3,597",
                    "消費税 ¥287");
        }

        mvc.perform(patch(member, "/api/v1/quotes/{id}", "{\"version\":0,\"notes\":\"納期：5営業日\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("納期：5営業日"));
        mvc.perform(patch(member, "/api/v1/quotes/{id}", "{\"version\":0,\"notes\":\"古い版から\"}", id))
                .andExpect(status().isConflict());
        mvc.perform(post(member, "/api/v1/quotes/{id}/accept", "{\"version\":1}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"));
        mvc.perform(patch(member, "/api/v1/quotes/{id}", "{\"version\":2,\"notes\":\"承認後\"}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("QuoteNotDraft"));
        String revision = body(post(member, "/api/v1/quotes/{id}/revisions", "{\"version\":2}", id));
        assertThat((String) JsonPath.read(revision, "$.number")).isEqualTo(number);
        assertThat((Integer) JsonPath.read(revision, "$.revision")).isEqualTo(2);
        assertThat((String) JsonPath.read(revision, "$.label")).isEqualTo(number + "-2");
        assertThat((String) JsonPath.read(revision, "$.status")).isEqualTo("draft");
        assertThat((Integer) JsonPath.read(revision, "$.lines.length()")).isEqualTo(2);
        mvc.perform(get(member, "/api/v1/quotes/{id}", id)).andExpect(jsonPath("$.status").value("superseded"));
        mvc.perform(post(member, "/api/v1/quotes/{id}/revisions", "{\"version\":3}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("QuoteSuperseded"));
        mvc.perform(get(member, "/api/v1/quotes?filter[dealId]=" + deal)).andExpect(jsonPath("$.items.length()").value(3));
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/quotes/{id}/accept", "{\"version\":0}",
                (String) JsonPath.read(revision, "$.id"))).andExpect(status().isForbidden());
    }

    @Test
    void winningADealMakesItsOrderFromTheAcceptedQuoteAndPaymentsCompleteIt() throws Exception {
        String deal = fx.deal(mvc, member, "封筒印刷（窓付き）", 180_000);
        String quote = CommerceFixture.post(mvc, member, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"封筒印刷\","
                + "\"lines\":[{\"description\":\"封筒 長3 500枚\",\"quantity\":20,\"unitPrice\":8500,\"taxRate\":10}]}");
        mvc.perform(post(member, "/api/v1/quotes/{id}/accept", "{\"version\":0}", (String) JsonPath.read(quote, "$.id")))
                .andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/deals/{id}", deal)) // 180,000 hoped for, 170,000 agreed (tax excluded)
                .andExpect(jsonPath("$.amount.amount").value(170_000));
        fx.win(mvc, member, deal);
        String order = awaitOrder(deal);
        String id = JsonPath.read(order, "$.id");
        assertThat((String) JsonPath.read(order, "$.number")).matches("O-\\d{4}-\\d{6}");
        assertThat((String) JsonPath.read(order, "$.status")).isEqualTo("not-delivered");
        assertThat((Integer) JsonPath.read(order, "$.invoiceAmount.amount")).isEqualTo(187_000);
        assertThat((String) JsonPath.read(order, "$.lines[0].description")).isEqualTo("封筒 長3 500枚");
        assertThat((String) JsonPath.read(order, "$.quoteId")).isEqualTo(JsonPath.read(quote, "$.id"));

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

        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"amount\":1000}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("orderVersion"))
                .andExpect(jsonPath("$.errors[0].code").value("NotNull"));

        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":200000}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("金額は未入金の残額（187,000）を超えられません。"));
        String first = CommerceFixture.post(mvc, member, "/api/v1/payments",
                "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":{\"amount\":87000,\"currency\":\"JPY\"},\"note\":\"一部入金\"}");
        assertThat((Integer) JsonPath.read(first, "$.amount.amount")).isEqualTo(87_000);
        mvc.perform(get(member, "/api/v1/orders/{id}", id)).andExpect(jsonPath("$.status").value("partly-paid"))
                .andExpect(jsonPath("$.balance.amount").value(100_000));
        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":100000}"))
                .andExpect(status().isConflict());
        mvc.perform(get(member, "/api/v1/deals/{id}", deal)) // a part paid is not 入金 yet
                .andExpect(jsonPath("$.stageId").value(fx.stageIds().get(CommerceFixture.DELIVERED)));
        CommerceFixture.post(mvc, member, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":2,\"amount\":100000}");
        mvc.perform(get(member, "/api/v1/deals/{id}", deal))
                .andExpect(jsonPath("$.stageId").value(fx.stageIds().get(CommerceFixture.PAID)));
        mvc.perform(get(member, "/api/v1/deals/{id}/stage-changes", deal))
                .andExpect(jsonPath("$.items[0].fromStage").value("納品")).andExpect(jsonPath("$.items[0].toStage").value("入金"))
                .andExpect(jsonPath("$.items[1].fromStage").value("受注")).andExpect(jsonPath("$.items[1].toStage").value("納品"));
        mvc.perform(get(member, "/api/v1/orders/{id}", id)).andExpect(jsonPath("$.status").value("paid"))
                .andExpect(jsonPath("$.paidOn").value(today.toString())).andExpect(jsonPath("$.balance.amount").value(0));
        mvc.perform(get(member, "/api/v1/payments?filter[orderId]=" + id)).andExpect(jsonPath("$.items.length()").value(2));

        // Winning it again after a reopen makes no second order.
        mvc.perform(get(member, "/api/v1/orders?filter[companyId]=" + fx.companyId()))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aWonDealWithoutAnAcceptedQuoteBecomesOneLineOfItsAmount() throws Exception {
        String deal = fx.deal(mvc, member, "名刺 全社員分", 150_000);
        fx.win(mvc, member, deal);
        String order = awaitOrder(deal);
        assertThat((String) JsonPath.read(order, "$.lines[0].description")).isEqualTo("名刺 全社員分");
        assertThat((Integer) JsonPath.read(order, "$.totals.subtotal.amount")).isEqualTo(150_000);
        assertThat((Integer) JsonPath.read(order, "$.invoiceAmount.amount")).isEqualTo(165_000);
    }

    @Test
    void unpaidOrdersPastDueAreListedFlaggedToTheOwnerAndManagerAndCounted() throws Exception {
        var owner = accounts.create(PermissionLevel.MEMBER);
        var manager = accounts.create(PermissionLevel.MANAGER);
        CommerceFixture.post(mvc, admin, "/api/v1/teams", "{\"name\":\"" + unique("営業一課") + "\",\"managerId\":\""
                + manager.id() + "\",\"memberIds\":[\"" + owner.id() + "\"]}");
        String ownerToken = accounts.token(owner);
        String deal = fx.deal(mvc, ownerToken, "店舗用チラシ（毎月）", 240_000);
        fx.win(mvc, ownerToken, deal);
        String id = JsonPath.read(awaitOrder(deal), "$.id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        jdbc.sql("update sales_order set ordered_on = ? where id = ?::uuid").params(today.minusMonths(3), id).update();
        mvc.perform(post(ownerToken, "/api/v1/orders/{id}/delivery", "{\"version\":0,\"deliveredOn\":\""
                + today.minusMonths(2) + "\"}", id)).andExpect(status().isOk());
        mvc.perform(post(ownerToken, "/api/v1/payments", "{\"orderId\":\"" + id + "\",\"orderVersion\":1,\"amount\":64000}"))
                .andExpect(status().isCreated());

        mvc.perform(get(ownerToken, "/api/v1/orders?filter[overdue]=true&limit=200"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].overdue").value(true))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].balance.amount").value(200_000));
        assertThat(overdueOrders.flagNewlyOverdue()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select user_id from notification where kind = 'order-overdue' and href = ?")
                .param("/orders/" + id).query(java.util.UUID.class).list())
                .containsExactlyInAnyOrder(owner.id(), manager.id());
        overdueOrders.flagNewlyOverdue();
        assertThat(jdbc.sql("select count(*) from notification where href = ?").param("/orders/" + id)
                .query(Long.class).single()).as("flagged once").isEqualTo(2);

        String report = body(get(tokenFor(PermissionLevel.MANAGER), "/api/v1/daily-reports/" + latestBusinessDay(today)));
        java.util.List<Integer> overdue = JsonPath.read(report,
                "$.orders.byOwner[?(@.userId == '" + owner.id() + "')].figures.overdue");
        java.util.List<Integer> owed = JsonPath.read(report,
                "$.orders.byOwner[?(@.userId == '" + owner.id() + "')].figures.overdueAmount");
        assertThat(overdue).containsExactly(1);
        assertThat(owed).containsExactly(200_000);
    }

    private String latestBusinessDay(LocalDate today) {
        LocalDate d = today;
        while (true) {
            int status = 0;
            try {
                status = mvc.perform(get(tokenFor(PermissionLevel.MANAGER), "/api/v1/daily-reports/" + d))
                        .andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (status == 200) {
                return d.toString();
            }
            d = d.minusDays(1);
        }
    }

    private String awaitOrder(String dealId) {
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            String list = body(get(member, "/api/v1/orders?filter[companyId]=" + fx.companyId() + "&limit=200"));
            java.util.List<String> ids = JsonPath.read(list, "$.items[?(@.dealId == '" + dealId + "')].id");
            assertThat(ids).hasSize(1);
            found[0] = body(get(member, "/api/v1/orders/" + ids.getFirst()));
        });
        return found[0];
    }
}
