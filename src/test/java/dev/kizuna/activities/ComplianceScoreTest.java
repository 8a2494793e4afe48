package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The score formula shown on the compliance page, and the periods it is asked for. */
class ComplianceScoreTest {

    @Test
    void theScoreIsTheWeightedMeanOfTheFourParts() {
        // (30×80 + 30×50 + 20×100 + 20×70) / 100 = 73
        assertThat(ComplianceScore.score(ComplianceSettings.DEFAULTS, 80, 50, 100, 70)).isEqualTo(73);
        var onlyOnTime = new ComplianceSettings(24, 30, 0, 1, 0, 0, 0);
        assertThat(ComplianceScore.score(onlyOnTime, 0, 42, 0, 0)).isEqualTo(42);
        assertThat(ComplianceScore.score(new ComplianceSettings(24, 30, 1, 1, 1, 0, 0), 100, 100, 99, 0)).isEqualTo(100);
    }

    @Test
    void partsAreSharesAndNothingToMeasureCountsAsFull() {
        assertThat(ComplianceScore.percent(2, 3)).isEqualTo(66);
        assertThat(ComplianceScore.percent(0, 0)).isEqualTo(100);
        assertThat(ComplianceScore.followUpPart(0)).isEqualTo(100);
        assertThat(ComplianceScore.followUpPart(3)).isEqualTo(70);
        assertThat(ComplianceScore.followUpPart(15)).isZero();
    }

    @Test
    void equalScoresShareARank() {
        var lines = Compliance.ranked(List.of(line("B", 80), line("A", 90), line("C", 80), line("D", 10)));
        assertThat(lines).extracting(ComplianceLine::userName).containsExactly("A", "B", "C", "D");
        assertThat(lines).extracting(ComplianceLine::rank).containsExactly(1, 2, 2, 4);
        assertThat(lines).allMatch(l -> l.rankedOf() == 4);
    }

    @Test
    void periodsAreMonthsOrDayRanges() {
        var month = CompliancePeriod.parse("2026-02");
        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(month.label()).isEqualTo("2026-02");
        assertThat(CompliancePeriod.parse("2026-11-01..2026-11-15").label()).isEqualTo("2026-11-01..2026-11-15");
        assertThat(month.start()).hasToString("2026-01-31T15:00:00Z");
        for (String bad : new String[] {"2026-13", "november", "2026-11-15..2026-11-01", "2020-01-01..2026-01-01", ""}) {
            assertThatThrownBy(() -> CompliancePeriod.parse(bad)).as(bad).isInstanceOf(RuleViolationException.class);
        }
    }

    private static ComplianceLine line(String name, int score) {
        return new ComplianceLine(UUID.randomUUID(), name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, score, 0, 0);
    }
}
