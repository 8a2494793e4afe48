package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.ReportData;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Activities of one customer are not logged one at a time behind the customer's row (issue 26: a busy customer
 * capped at ~70 logs a second): while the customer's last activity is being written, another activity for the
 * customer is logged without waiting, and the last activity still ends at the latest of them.
 */
@KizunaTest
class LastActivityContentionTest {

    @Autowired
    Activities activities;
    @Autowired
    ActivityOptions options;
    @Autowired
    Companies companies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService signInAccounts;
    @Autowired
    dev.kizuna.identity.ApiTokens apiTokens;

    private final ExecutorService reps = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        reps.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecondActivityForACustomerWhoseRowIsBusyIsLoggedWithoutWaiting() throws Exception {
        var accounts = new TestAccounts(jdbc, encoder, signInAccounts, apiTokens);
        var rep = accounts.create(PermissionLevel.MEMBER);
        accounts.signInForService(rep);
        UUID customer = new ReportData(jdbc).company(rep.id(), "株式会社混雑確認", Instant.now().minus(Duration.ofDays(60)));
        Instant earlier = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant later = earlier.plus(Duration.ofMinutes(5));

        try (Connection editing = dataSource.getConnection()) {
            // Somebody else is updating the customer row (an edit of the customer, or another activity's write).
            editing.setAutoCommit(false);
            editing.createStatement().execute("select 1 from company where id = '" + customer + "' for no key update");

            Future<Activity> first = reps.submit(() -> logAs(accounts, rep, customer, earlier));
            waitUntilSomebodyWaitsForTheCustomerRow();
            Future<Activity> second = reps.submit(() -> logAs(accounts, rep, customer, later));

            assertThat(second.get(10, TimeUnit.SECONDS).occurredAt()).isEqualTo(later);
            editing.rollback();
            first.get(10, TimeUnit.SECONDS);
        }
        assertThat(companies.find(customer).lastActivityAt()).isEqualTo(later);
    }

    private Activity logAs(TestAccounts accounts, TestAccounts.Account rep, UUID customer, Instant at) {
        accounts.signInForService(rep);
        try {
            return activities.log(visit(customer, at));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void waitUntilSomebodyWaitsForTheCustomerRow() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long waiting = jdbc.sql("""
                    select count(*) from pg_stat_activity
                     where wait_event_type = 'Lock' and query like 'update company set last_activity_at%'
                    """).query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first activity never reached the customer row");
    }

    private ActivityDraft visit(UUID customer, Instant at) {
        UUID visit = options.of(ActivityOption.CHANNEL, false).stream().filter(o -> o.name().equals("訪問")).findFirst()
                .orElseThrow().id();
        UUID type = options.of(ActivityOption.TYPE, false).getFirst().id();
        return new ActivityDraft(Activity.ACTIVITY, at, visit, type, customer, null, null, null, "訪問して近況を伺った",
                null, null);
    }
}
