package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Products and overdue orders through /api/v1: rules, permissions, 409 on stale versions, the overdue flags. */
class CommerceApiTest extends CommerceApiTestBase {

    @Autowired
    OverdueOrders overdueOrders;

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
}
