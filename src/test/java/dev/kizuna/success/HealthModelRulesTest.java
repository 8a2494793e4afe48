package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Every rule of a model names the component it broke. */
class HealthModelRulesTest {

    private static final HealthMeasure QUIET = new HealthMeasure() {
        public String key() {
            return "daysSinceLastActivity";
        }

        public void check(Map<String, String> params, Check check, String field) {
        }

        public Map<UUID, MeasureValue> values(Collection<UUID> ids, LocalDate asOf, Map<String, String> params) {
            return Map.of();
        }
    };

    private static Threshold t(Integer from, Integer to, int points) {
        return new Threshold(from == null ? null : BigDecimal.valueOf(from), to == null ? null : BigDecimal.valueOf(to),
                points);
    }

    private static HealthComponent c(String key, String measure, int weight, Threshold... thresholds) {
        return new HealthComponent(key, measure, Map.of(), weight, List.of(thresholds), null, null);
    }

    private static List<FieldProblem> problems(HealthDefinition d) {
        Check check = Check.of();
        HealthModelRules.verify("model", d, Map.of(QUIET.key(), QUIET), check);
        try {
            check.verify();
            return List.of();
        } catch (RuleViolationException e) {
            return e.problems();
        }
    }

    private static HealthDefinition model(BandThresholds bands, HealthComponent... components) {
        return new HealthDefinition(List.of(components), bands, null, null, null, null, null);
    }

    @Test
    void aGoodModelPasses() {
        assertThat(problems(model(null, c("a", "daysSinceLastActivity", 60, t(0, 30, 10), t(30, null, 0)),
                c("b", "daysSinceLastActivity", 40, t(null, 10, 0), t(10, null, 8))))).isEmpty();
    }

    @Test
    void anUnknownMeasureOverlappingThresholdsAndBadPointsNameTheirComponent() {
        List<FieldProblem> p = problems(model(null, c("usage", "portalLogins", 50, t(0, 10, 5)),
                c("quiet", "daysSinceLastActivity", 50, t(0, 30, 10), t(20, 60, 5), t(60, null, 11))));
        assertThat(p).extracting(FieldProblem::field, FieldProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple("components[usage].measure", "HealthUnknownMeasure"),
                org.assertj.core.groups.Tuple.tuple("components[quiet].thresholds", "HealthThresholdsOverlap"),
                org.assertj.core.groups.Tuple.tuple("components[quiet].thresholds[2].points", "Range"));
        assertThat(p.stream().filter(x -> x.code().equals("HealthThresholdsOverlap")).findFirst().orElseThrow()
                .arguments()).containsExactly("0–30", "20–60");
    }

    @Test
    void weightsMustAddUpToAHundredAndBandsMustRise() {
        List<FieldProblem> p = problems(model(new BandThresholds(60, 40, 85),
                c("a", "daysSinceLastActivity", 60, t(0, null, 10)), c("b", "daysSinceLastActivity", 30,
                        t(0, null, 10))));
        assertThat(p).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("components", "HealthWeightsSum"),
                org.assertj.core.groups.Tuple.tuple("bands", "HealthBandsOrder"));
        assertThat(p.getFirst().arguments()).containsExactly(90);
    }

    @Test
    void keysAreRequiredAndUnique() {
        List<FieldProblem> p = problems(model(null, c("a", "daysSinceLastActivity", 50, t(0, null, 10)),
                c("a", "daysSinceLastActivity", 50, t(0, null, 10))));
        assertThat(p).extracting(FieldProblem::field).containsExactly("components[a].key");
        assertThatThrownBy(() -> {
            Check check = Check.of();
            HealthModelRules.verify("", model(null), Map.of(), check);
            check.verify();
        }).isInstanceOf(RuleViolationException.class);
    }
}
