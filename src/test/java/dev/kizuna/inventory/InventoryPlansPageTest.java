package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The plan page: a manager types the month's planned receipts and shipments per SKU on one grid; a mistake comes
 * back with what was typed and the cell named, nothing saved; saved, the plan stands beside the actual movements
 * and the variance. A member reads it without inputs.
 */
class InventoryPlansPageTest extends InventoryFixture {

    String admin;
    String[] sku;
    YearMonth month;

    @BeforeEach
    void aSkuWithReceipts() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        defaultLocation(admin);
        sku = enclosureSku(admin, "同梱リーフレット(春号)");
        assertThat(move(admin, "receipt", sku[0], null, 40, null).getStatus()).isEqualTo(201);
        month = YearMonth.now(Stock.TOKYO);
    }

    @Test
    void aGridWithAMistakeKeepsWhatWasTypedAndSavesNothingThenTheSavedPlanStandsBesideTheActuals() throws Exception {
        Cookie manager = signIn(PermissionLevel.MANAGER);
        mvc.perform(MockMvcRequestBuilders.get("/inventory/plans").param("sku", sku[1]).cookie(manager))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"plan-receipts\"")))
                .andExpect(content().string(containsString("name=\"skuId\" value=\"" + sku[0] + "\"")));

        mvc.perform(grid(manager, "１２０ｘ", "30")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("value=\"１２０ｘ\"")))
                .andExpect(content().string(containsString("id=\"rows[0].plannedReceipts-error\"")))
                .andExpect(content().string(containsString("value=\"30\"")));
        mvc.perform(grid(manager, "120", "-5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rows[0].plannedShipments-error\"")))
                .andExpect(content().string(containsString("value=\"-5\"")));
        assertThat(plans()).as("nothing saved from a grid with a mistake").isZero();

        mvc.perform(grid(manager, "１２０", "30")).andExpect(redirectedUrl(
                "/inventory/plans?month=" + month + "&sku=" + sku[1]));
        assertThat(jdbc.sql("select planned_receipts from stock_plan where sku_id = ? and month = ?")
                .params(UUID.fromString(sku[0]), month.atDay(1)).query(Integer.class).single()).isEqualTo(120);
        // The test users read Japanese: 入庫計画 120 beside 実績 40, 差異 -80.
        mvc.perform(MockMvcRequestBuilders.get("/inventory/plans").param("sku", sku[1]).cookie(manager))
                .andExpect(content().string(containsString("value=\"120\"")))
                .andExpect(content().string(containsString("実績 40")))
                .andExpect(content().string(containsString("差異 -80")));

        // Saved again unchanged: nothing to write, the version stays.
        mvc.perform(grid(manager, "120", "30")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select version from stock_plan where sku_id = ? and month = ?")
                .params(UUID.fromString(sku[0]), month.atDay(1)).query(Long.class).single()).isZero();

        Cookie member = signIn(PermissionLevel.MEMBER);
        mvc.perform(MockMvcRequestBuilders.get("/inventory/plans").param("sku", sku[1]).cookie(member))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-testid=\"plan-receipts\""))))
                .andExpect(content().string(containsString("data-sku=\"" + sku[1] + "\"")));
        mvc.perform(grid(member, "1", "1")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder grid(Cookie session, String receipts, String shipments) {
        Long version = jdbc.sql("select version from stock_plan where sku_id = ? and month = ?")
                .params(UUID.fromString(sku[0]), month.atDay(1)).query(Long.class).optional().orElse(null);
        return MockMvcRequestBuilders.post("/inventory/plans").cookie(session).with(csrf())
                .header("Accept-Language", "en").param("month", month.toString()).param("sku", sku[1])
                .param("skuId", sku[0]).param("version", version == null ? "" : version.toString())
                .param("receipts", receipts).param("shipments", shipments);
    }

    private long plans() {
        return jdbc.sql("select count(*) from stock_plan where sku_id = ?").param(UUID.fromString(sku[0]))
                .query(Long.class).single();
    }

    private Cookie signIn(PermissionLevel level) throws Exception {
        TestAccounts.Account a = accounts.create(level);
        return mvc.perform(formLogin("/login").user("email", a.email()).password(a.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }
}
