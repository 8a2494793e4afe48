package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The commerce module with only the modules it may use (identity, customers, activities, sales, notifications;
 * platform is shared), not the whole application: winning a deal through the sales API publishes {@code DealWon},
 * and commerce's listener makes the order after the move commits. Without an accepted quote the order is one line
 * of the deal's amount, with 10% tax. The scenario waits for the order row instead of polling the API.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class OrderFromWonDealModuleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void onlyCommerceAndTheModulesItMayUseStart() {
        assertThat(context.getBeanNamesForType(Orders.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(dev.kizuna.sales.Deals.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(dev.kizuna.work.Tasks.class)).as("work is outside the slice").isEmpty();
        assertThat(context.getBeanNamesForType(dev.kizuna.marketing.Segments.class)).as("so is marketing").isEmpty();
    }

    @Test
    void aWonDealWithoutAnAcceptedQuoteBecomesAnOrderOfOneLineOfItsAmount(Scenario scenario) throws Exception {
        String admin = accounts.token(accounts.create(PermissionLevel.ADMIN));
        String member = accounts.token(accounts.create(PermissionLevel.MEMBER));
        CommerceFixture fx = CommerceFixture.create(mvc, admin, "-" + UUID.randomUUID().toString().substring(0, 8));
        String deal = fx.deal(mvc, member, "名刺 全社員分", 150_000);

        scenario.stimulate(() -> win(fx, member, deal))
                .andWaitForStateChange(() -> orderOf(UUID.fromString(deal)), Optional::isPresent)
                .andVerify(order -> {
                    String body = get(member, "/api/v1/orders/" + order.orElseThrow());
                    assertThat((String) JsonPath.read(body, "$.dealId")).isEqualTo(deal);
                    assertThat((Integer) JsonPath.read(body, "$.lines.length()")).isEqualTo(1);
                    assertThat((String) JsonPath.read(body, "$.lines[0].description")).isEqualTo("名刺 全社員分");
                    assertThat((Integer) JsonPath.read(body, "$.totals.subtotal.amount")).isEqualTo(150_000);
                    assertThat((Integer) JsonPath.read(body, "$.invoiceAmount.amount")).isEqualTo(165_000);
                });
    }

    private void win(CommerceFixture fx, String token, String deal) {
        try {
            fx.win(mvc, token, deal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<UUID> orderOf(UUID deal) {
        return jdbc.sql("select id from sales_order where deal_id = ?").param(deal).query(UUID.class).optional();
    }

    private String get(String token, String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
