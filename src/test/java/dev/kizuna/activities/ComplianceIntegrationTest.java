package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.ReportData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The aggregates and the compliance line of one rep, on rows inserted for the test (October 2026). */
@KizunaTest
@WithMockUser(roles = {"MANAGER", "MEMBER"})
class ComplianceIntegrationTest {

    @Autowired
    ActivityStats stats;
    @Autowired
    Compliance compliance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepsMonthIsCountedAndScored() {
        var data = new ReportData(jdbc);
        UUID rep = data.user("MEMBER", "遵守 花子 " + UUID.randomUUID().toString().substring(0, 4));
        UUID visited = data.company(rep, "株式会社訪問先", ReportData.at(LocalDate.of(2026, 9, 1), 10));
        data.company(rep, "株式会社放置", ReportData.at(LocalDate.of(2026, 9, 1), 10));
        var d = LocalDate.of(2026, 10, 20);
        data.activity(rep, visited, ReportData.at(d, 10), ReportData.at(d, 11), "電話", "商品問い合わせ", null);
        data.activity(rep, visited, ReportData.at(d, 13), ReportData.at(d, 13), "電話", "商品問い合わせ",
                LocalDate.of(2026, 10, 15));
        data.activity(rep, visited, ReportData.at(d, 14), ReportData.at(d.plusDays(1), 20), "メール", "納期確認", null);
        data.activity(rep, visited, ReportData.at(d, 15), ReportData.at(d, 16), "訪問", "その他", null);
        // Outside the month: not counted.
        data.activity(rep, visited, ReportData.at(LocalDate.of(2026, 11, 2), 9), ReportData.at(LocalDate.of(2026, 11, 2), 9),
                "電話", "その他", null);

        var period = CompliancePeriod.parse("2026-10");
        var counts = stats.counts(period.from(), period.to(), List.of(rep));
        assertThat(counts).extracting(ActivityCount::channel, ActivityCount::type, ActivityCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("電話", "商品問い合わせ", 2L),
                        org.assertj.core.groups.Tuple.tuple("メール", "納期確認", 1L),
                        org.assertj.core.groups.Tuple.tuple("訪問", "その他", 1L));
        assertThat(stats.timeliness(period, List.of(rep), 24))
                .containsExactly(new LoggingTimeliness(rep, 4, 1));
        assertThat(stats.timeliness(period, List.of(rep), 48))
                .containsExactly(new LoggingTimeliness(rep, 4, 0));
        assertThat(stats.overdueFollowUps(LocalDate.of(2026, 10, 15), List.of(rep))).isEmpty();
        assertThat(stats.overdueFollowUps(LocalDate.of(2026, 10, 16), List.of(rep))).containsExactly(new UserCount(rep, 1));
        assertThat(stats.dormantCustomers(period.end(), 30, List.of(rep))).containsExactly(new UserCount(rep, 1));

        ComplianceLine line = compliance.ranking(period).stream().filter(l -> l.userId().equals(rep)).findFirst()
                .orElseThrow();
        assertThat(line.customers()).isEqualTo(2);
        assertThat(line.activities()).isEqualTo(4);
        assertThat(line.loggedOnTime()).isEqualTo(3);
        assertThat(line.onTimePart()).isEqualTo(75);
        assertThat(line.dormantCustomers()).isEqualTo(1);
        assertThat(line.activePart()).isEqualTo(50);
        assertThat(line.overdueFollowUps()).isEqualTo(1);
        assertThat(line.followUpPart()).isEqualTo(90);
        assertThat(line.score()).isEqualTo(ComplianceScore.score(compliance.settings(), line.completePart(), 75, 50, 90));
        assertThat(compliance.score(rep, period)).contains(line.score());
        assertThat(line.rank()).isBetween(1, line.rankedOf());
    }

    @Test
    void someoneWithNoCustomersAndNoActivitiesIsNotARep() {
        UUID idle = new ReportData(jdbc).user("MEMBER", "待機 次郎");
        assertThat(compliance.score(idle, CompliancePeriod.parse("2026-10"))).isEmpty();
    }
}
