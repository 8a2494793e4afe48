package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The retention figures on a fixture worked out by hand. A: from 10 Jan, ¥10,000 a month, stays. B: from 20 Jan,
 * ¥120,000 a year, churns 15 Mar. C: from 1 Feb, ¥20,000, changes plan to ¥30,000 on 1 Mar. D: from 15 Feb, ¥5,000,
 * churns 20 Feb.
 */
class RetentionReportTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    private static ContractFact fact(UUID company, String start, String churned, ContractFact.Amount... amounts) {
        return new ContractFact(company, LocalDate.parse(start), churned == null ? null : LocalDate.parse(churned),
                List.of(amounts));
    }

    private static ContractFact.Amount yen(String from, long monthly) {
        return new ContractFact.Amount(LocalDate.parse(from), monthly);
    }

    private final RetentionReport report = RetentionReport.of(List.of(
            fact(A, "2027-01-10", null, yen("2027-01-10", 10_000)),
            fact(B, "2027-01-20", "2027-03-15", yen("2027-01-20", 10_000)),
            fact(C, "2027-02-01", null, yen("2027-02-01", 20_000), yen("2027-03-01", 30_000)),
            fact(D, "2027-02-15", "2027-02-20", yen("2027-02-15", 5_000))), YearMonth.of(2027, 1), YearMonth.of(2027, 3));

    @Test
    void continuationRateIsTheShareOfTheMonthsStartersStillRunningAtItsEnd() {
        assertThat(report.months()).extracting(RetentionReport.Month::runningAtStart).containsExactly(0, 2, 3);
        assertThat(report.months()).extracting(RetentionReport.Month::churned).containsExactly(0, 0, 1);
        assertThat(report.months()).extracting(RetentionReport.Month::continuationPermille)
                .containsExactly(null, 1000, 667);
        assertThat(report.months()).extracting(RetentionReport.Month::runningAtEnd).containsExactly(2, 3, 2);
    }

    @Test
    void revenuePerClientFollowsPlanChangesAndLeavesChurnedOnesOut() {
        assertThat(report.months()).extracting(RetentionReport.Month::revenuePerClient)
                .containsExactly(10_000L, 13_333L, 20_000L);
    }

    @Test
    void cohortsByStartMonth() {
        assertThat(report.cohorts()).hasSize(2);
        assertThat(report.cohorts().get(0).started()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(report.cohorts().get(0).customers()).isEqualTo(2);
        assertThat(report.cohorts().get(0).stillRunningPermille()).containsExactly(1000, 1000, 500);
        assertThat(report.cohorts().get(1).stillRunningPermille()).containsExactly(500, 500);
    }

    @Test
    void roundsHalfUpInTenthsOfAPercent() {
        assertThat(RetentionReport.permille(1, 16)).isEqualTo(63);
        assertThat(RetentionReport.permille(1, 3)).isEqualTo(333);
        assertThat(RetentionReport.permille(0, 0)).isNull();
    }

    @Test
    void aRenewalDecidedNDaysOrMoreBeforeTheEndIsEarly() {
        RenewalRule rule = new RenewalRule(30);
        LocalDate end = LocalDate.of(2027, 3, 31);
        assertThat(rule.early(LocalDate.of(2027, 3, 1), end)).isTrue();
        assertThat(rule.early(LocalDate.of(2027, 3, 2), end)).isFalse();
        assertThat(new RenewalRule(0).early(end, end)).isTrue();
    }
}
