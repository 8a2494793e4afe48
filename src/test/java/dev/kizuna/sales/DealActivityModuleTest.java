package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.kizuna.activities.ActivityLogged;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sales module with only the modules it may use (identity, customers, activities, notifications; platform is
 * shared), not the whole application: an {@link ActivityLogged} event against a deal, published as the activities
 * module publishes it, marks the deal active and lets a new stalled spell be notified. No HTTP round trip for the
 * event and no sleep: the scenario waits for the state change.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class DealActivityModuleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anActivityLoggedAgainstADealMarksItActiveAndClearsItsStalledNotice(Scenario scenario) throws Exception {
        String admin = accounts.token(accounts.create(PermissionLevel.ADMIN));
        SalesFixture f = SalesFixture.create(mvc, admin, "-" + UUID.randomUUID().toString().substring(0, 8));
        UUID deal = UUID.fromString(f.createDeal(mvc, admin, "モジュール単位の商談", 10_000));
        jdbc.sql("update deal set stalled_notified_at = now() where id = ?").param(deal).update();
        Instant called = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

        scenario.publish(new ActivityLogged(UUID.randomUUID(), UUID.fromString(f.companyId()), null, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), true, null, called, 0, 0, deal))
                .andWaitForStateChange(() -> lastActivity(deal), called::equals)
                .andVerify(lastActivity -> assertThat(jdbc.sql(
                        "select count(*) from deal where id = ? and stalled_notified_at is null").param(deal)
                        .query(Long.class).single()).as("the stalled notice starts over").isEqualTo(1));
    }

    private Instant lastActivity(UUID deal) {
        java.sql.Timestamp at = jdbc.sql("select last_activity_at from deal where id = ?").param(deal)
                .query((rs, n) -> rs.getTimestamp(1)).list().getFirst();
        return at == null ? null : at.toInstant();
    }
}
