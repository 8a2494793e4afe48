package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The surveyScore health measure without Spring: its parameters, its window and the latest score as the value. */
class SurveyScoreMeasureTest {

    /** Answers what a stored survey would, and remembers what it was asked. */
    static final class Answers extends SurveyResponseRepository {
        final Map<UUID, Long> scores;
        boolean rating;
        Instant from;
        Instant to;

        Answers(Map<UUID, Long> scores) {
            super(null);
            this.scores = scores;
        }

        @Override
        Map<UUID, Long> latestScores(Collection<UUID> companyIds, boolean rating, Instant from, Instant to) {
            this.rating = rating;
            this.from = from;
            this.to = to;
            return scores;
        }
    }

    @Test
    void kindAndDaysAreCheckedNamingTheComponent() {
        SurveyScoreMeasure measure = new SurveyScoreMeasure(new Answers(Map.of()));
        assertThat(measure.key()).isEqualTo("surveyScore");
        Check bad = Check.of();
        measure.check(Map.of("kind", "csat", "days", "0"), bad, "components[voice].params");
        assertThatThrownBy(bad::verify).isInstanceOfSatisfying(RuleViolationException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                        "components[voice].params.kind", "components[voice].params.days"));
        Check fine = Check.of();
        measure.check(Map.of(), fine, "components[voice].params");
        measure.check(Map.of("kind", "rating", "days", "90"), fine, "components[voice].params");
        assertThat(fine.hasProblems()).isFalse();
    }

    @Test
    void theValueIsTheLatestScoreAnsweredWithinTheDaysBeforeTheEndOfTheDay() {
        UUID answered = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        Answers answers = new Answers(Map.of(answered, 9L));
        SurveyScoreMeasure measure = new SurveyScoreMeasure(answers);

        var values = measure.values(List.of(answered, silent), LocalDate.of(2026, 12, 7), Map.of("days", "30"));
        assertThat(values.get(answered).number()).isEqualByComparingTo(BigDecimal.valueOf(9));
        assertThat(values).doesNotContainKey(silent); // no answer = no data, not zero
        assertThat(answers.rating).isFalse();
        assertThat(answers.from).isEqualTo(Instant.parse("2026-11-07T15:00:00Z")); // 11/08 00:00 Tokyo
        assertThat(answers.to).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));   // 12/08 00:00 Tokyo

        measure.values(List.of(answered), LocalDate.of(2026, 12, 7), Map.of("kind", "rating"));
        assertThat(answers.rating).isTrue();
        assertThat(answers.from).isEqualTo(Instant.parse("2025-12-07T15:00:00Z")); // 365 days by default
    }
}
