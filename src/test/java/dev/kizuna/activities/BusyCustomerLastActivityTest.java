package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Issue 26: every log about a customer updated the customer's row for its last activity inside the log's
 * transaction, so reps logging about one busy customer queued on that row lock, one commit after another. A log that
 * finds the row being written by another log no longer waits: the customer's last activity is moved forward just
 * after it commits, and is right once that pass has run.
 */
@KizunaTest
class BusyCustomerLastActivityTest {

    @Autowired
    Activities activities;
    @Autowired
    ActivityOptions options;
    @Autowired
    Companies companies;
    @Autowired
    BusyCustomerLastActivities busyCustomers;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;

    private final ExecutorService reps = Executors.newFixedThreadPool(8);

    @AfterEach
    void done() {
        reps.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLogAboutACustomerAnotherLogIsWritingDoesNotWaitForItAndTheLastActivityFollows() throws Exception {
        var rep = accounts.create(PermissionLevel.MEMBER);
        UUID customer = new ReportData(jdbc).company(rep.id(), "株式会社混雑確認", Instant.now().minus(Duration.ofDays(30)));
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

        Activity logged;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("update company set last_activity_at = last_activity_at where id = ?")) {
                lock.setObject(1, customer); // another log's transaction, writing the customer's row, not committed
                lock.executeUpdate();
            }
            CompletableFuture<Activity> log = CompletableFuture.supplyAsync(() -> {
                accounts.signInForService(rep);
                return activities.log(visit(customer, anHourAgo));
            }, reps);
            try {
                logged = log.get(20, TimeUnit.SECONDS);
            } finally {
                other.rollback();
            }
        }
        busyCustomers.writeNoted();

        accounts.signInForService(rep);
        assertThat(companies.find(customer).lastActivityAt()).isEqualTo(logged.occurredAt());
    }

    @Test
    void repsLoggingAboutOneCustomerAtOnceLeaveItsLatestActivity() throws Exception {
        var rep = accounts.create(PermissionLevel.MEMBER);
        UUID customer = new ReportData(jdbc).company(rep.id(), "株式会社同時記録", Instant.now().minus(Duration.ofDays(30)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<CompletableFuture<Activity>> logs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant at = now.minus(Duration.ofMinutes((i * 7L) % 40)); // the latest is logged neither first nor last
            logs.add(CompletableFuture.supplyAsync(() -> {
                accounts.signInForService(rep);
                try {
                    return activities.log(visit(customer, at));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }, reps));
        }
        Instant latest = logs.stream().map(CompletableFuture::join).map(Activity::occurredAt)
                .max(Comparator.naturalOrder()).orElseThrow();
        busyCustomers.writeNoted();

        accounts.signInForService(rep);
        assertThat(companies.find(customer).lastActivityAt()).isEqualTo(latest).isEqualTo(now);
    }

    private ActivityDraft visit(UUID customer, Instant at) {
        UUID visit = options.of(ActivityOption.CHANNEL, false).stream().filter(o -> o.name().equals("訪問")).findFirst()
                .orElseThrow().id();
        UUID type = options.of(ActivityOption.TYPE, false).getFirst().id();
        return new ActivityDraft(Activity.ACTIVITY, at, visit, type, customer, null, null, null, "混雑時の記録", null, null);
    }
}
