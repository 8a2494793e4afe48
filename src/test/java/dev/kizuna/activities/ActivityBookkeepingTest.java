package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerMerge;
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
 * What input compliance reads instead of raw activities stays in step with them: the delay rollup and each
 * customer's last activity follow every log, change and delete; a late entry about a finished day is counted the
 * next time that day is asked for; merging customers keeps the merged one's activities.
 */
@KizunaTest
class ActivityBookkeepingTest {

    @Autowired
    Activities activities;
    @Autowired
    ActivityStats stats;
    @Autowired
    ActivityOptions options;
    @Autowired
    Compliance compliance;
    @Autowired
    CustomerMerge merge;
    @Autowired
    Companies companies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityBookkeeping bookkeeping;

    @Autowired
    private TestAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRollupAndTheLastActivityFollowLoggingChangingAndDeleting() {
        var rep = accounts.create(PermissionLevel.MEMBER);
        accounts.signInForService(rep);
        UUID customer = new ReportData(jdbc).company(rep.id(), "株式会社集計確認", Instant.now().minus(Duration.ofDays(60)));
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        LocalDate thatDay = LocalDate.ofInstant(threeDaysAgo, ActivityStats.BUSINESS_ZONE);
        var day = new CompliancePeriod(thatDay, thatDay);

        // Logged now about three days ago: late by 24 hours, not by 96.
        Activity late = activities.log(visit(customer, threeDaysAgo));
        assertThat(stats.timeliness(day, List.of(rep.id()), 24)).containsExactly(new LoggingTimeliness(rep.id(), 1, 1));
        assertThat(stats.timeliness(day, List.of(rep.id()), 96)).containsExactly(new LoggingTimeliness(rep.id(), 1, 0));
        assertThat(lastActivity(customer)).isEqualTo(late.occurredAt());
        assertThat(stats.counts(thatDay, thatDay, List.of(rep.id()))).extracting(ActivityCount::channel, ActivityCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("訪問", 1L));

        // Moved to an hour ago: gone from that day, on time today, and the customer's last activity moves with it.
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        Activity moved = activities.update(late.id(), late.version(), visit(customer, anHourAgo));
        assertThat(stats.timeliness(day, List.of(rep.id()), 24)).isEmpty();
        assertThat(stats.counts(thatDay, thatDay, List.of(rep.id()))).isEmpty();
        LocalDate today = LocalDate.ofInstant(anHourAgo, ActivityStats.BUSINESS_ZONE);
        assertThat(stats.timeliness(new CompliancePeriod(today, today), List.of(rep.id()), 24))
                .containsExactly(new LoggingTimeliness(rep.id(), 1, 0));
        assertThat(lastActivity(customer)).isEqualTo(moved.occurredAt());

        activities.delete(moved.id(), moved.version());
        assertThat(stats.timeliness(new CompliancePeriod(today, today), List.of(rep.id()), 24)).isEmpty();
        assertThat(lastActivity(customer)).isNull();
    }

    @Test
    void aLateEntryAboutAFinishedDayIsCountedTheNextTimeTheDayIsAskedFor() {
        var rep = accounts.create(PermissionLevel.MEMBER);
        UUID customer = new ReportData(jdbc).company(rep.id(), "株式会社遅延入力", Instant.now().minus(Duration.ofDays(60)));
        LocalDate yesterday = LocalDate.now(ActivityStats.BUSINESS_ZONE).minusDays(1);
        var period = new CompliancePeriod(yesterday, yesterday);
        accounts.signInForService(accounts.create(PermissionLevel.MANAGER));
        ComplianceLine before = lineOf(rep.id(), period);
        assertThat(before.dormantCustomers()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from compliance_snapshot_day where day = ?")
                .param(java.sql.Date.valueOf(yesterday)).query(Long.class).single()).as("the day's snapshot").isOne();

        accounts.signInForService(rep);
        // The last second of yesterday: logged now, that is always within 24 hours (a fixed hour such as 15:00 was
        // more than 24 hours back whenever the test ran after 15:00 JST).
        activities.log(visit(customer, yesterday.atTime(23, 59, 59).atZone(ActivityStats.BUSINESS_ZONE).toInstant()));

        accounts.signInForService(accounts.create(PermissionLevel.MANAGER));
        ComplianceLine after = lineOf(rep.id(), period);
        assertThat(after.dormantCustomers()).isZero();
        assertThat(after.activities()).isEqualTo(1);
        assertThat(after.loggedOnTime()).isEqualTo(1);
    }

    @Test
    void mergingCustomersKeepsTheMergedOnesActivitiesOnTheSurvivor() {
        var rep = accounts.create(PermissionLevel.MEMBER);
        var data = new ReportData(jdbc);
        UUID keep = data.company(rep.id(), "株式会社統合先", Instant.now().minus(Duration.ofDays(10)));
        UUID gone = data.company(rep.id(), "株式会社統合元", Instant.now().minus(Duration.ofDays(10)));
        accounts.signInForService(rep);
        Activity onGone = activities.log(visit(gone, Instant.now().minus(Duration.ofHours(2))));

        accounts.signInForService(accounts.create(PermissionLevel.MANAGER));
        merge.mergeCompanies(keep, companies.find(keep).version(), gone, companies.find(gone).version(), Map.of());

        assertThat(activities.find(onGone.id()).companyId()).isEqualTo(keep);
        assertThat(lastActivity(keep)).isEqualTo(onGone.occurredAt());
    }

    /**
     * A bulk load that bypassed the facade leaves the customers' last activity behind; the rebuild sets it from the
     * activities again, through the customer master, a few customers at a time, with nobody signed in.
     */
    @Test
    void aRebuildAfterABulkLoadSetsEveryCustomersLastActivityThroughTheCustomerMaster() {
        var rep = accounts.create(PermissionLevel.MEMBER);
        var data = new ReportData(jdbc);
        List<UUID> customers = List.of(data.company(rep.id(), "株式会社再計算一", Instant.now().minus(Duration.ofDays(9))),
                data.company(rep.id(), "株式会社再計算二", Instant.now().minus(Duration.ofDays(9))),
                data.company(rep.id(), "株式会社再計算三", Instant.now().minus(Duration.ofDays(9))));
        accounts.signInForService(rep);
        List<Activity> logged = customers.stream()
                .map(customer -> activities.log(visit(customer, Instant.now().minus(Duration.ofHours(5)))))
                .toList();
        SecurityContextHolder.clearContext();
        jdbc.sql("update company set last_activity_at = null where id = any(?::uuid[])")
                .param(customers.stream().map(UUID::toString).toArray(String[]::new)).update();

        bookkeeping.rebuild(2);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the system's rights are given back")
                .isNull();
        accounts.signInForService(rep);
        for (int i = 0; i < customers.size(); i++) {
            assertThat(lastActivity(customers.get(i))).isEqualTo(logged.get(i).occurredAt());
        }
    }

    private ComplianceLine lineOf(UUID rep, CompliancePeriod period) {
        return compliance.ranking(period).stream().filter(l -> l.userId().equals(rep)).findFirst().orElseThrow();
    }

    private ActivityDraft visit(UUID customer, Instant at) {
        UUID visit = options.of(ActivityOption.CHANNEL, false).stream().filter(o -> o.name().equals("訪問")).findFirst()
                .orElseThrow().id();
        UUID type = options.of(ActivityOption.TYPE, false).getFirst().id();
        return new ActivityDraft(Activity.ACTIVITY, at, visit, type, customer, null, null, null, "訪問して近況を伺った", null, null);
    }

    /** As the customer master shows it (the customer page's 最終活動日, the API's lastActivityAt). */
    private Instant lastActivity(UUID customer) {
        return companies.find(customer).lastActivityAt();
    }
}
