package dev.kizuna.success;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kizuna.platform.api.Check;

/**
 * The rules a health model must keep before it is saved, each problem naming the component
 * ({@code components[<key>].<what>}): a known measure with valid parameters, points 0–10, thresholds that do not
 * overlap, weights 0–100 adding up to 100, bands in order, a sensible drop alert. Pure: the measures are passed in.
 */
final class HealthModelRules {

    static final int MAX_COMPONENTS = 30;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private HealthModelRules() {
    }

    static void verify(String name, HealthDefinition d, Map<String, HealthMeasure> measures, Check check) {
        check.required("name", name == null ? null : name.strip()).maxLength("name", name, 120)
                .required("components", d.components())
                .failIf(d.components().size() > MAX_COMPONENTS, "components", "MaxItems", MAX_COMPONENTS);
        Set<String> keys = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < d.components().size(); i++) {
            HealthComponent c = d.components().get(i);
            String f = "components[" + (c.key() == null || c.key().isBlank() ? String.valueOf(i) : c.key()) + "]";
            check.failIf(c.key() == null || !KEY.matcher(c.key()).matches(), f + ".key", "HealthComponentKey")
                    .failIf(c.key() != null && !keys.add(c.key()), f + ".key", "Duplicate");
            component(c, f, measures, check);
            sum += c.weightOrZero();
        }
        check.failIf(!d.components().isEmpty() && sum != 100, "components", "HealthWeightsSum", sum);
        BandThresholds b = d.bands();
        check.failIf(!b.ordered(), "bands", "HealthBandsOrder");
        check.failIf(d.dropPoints() < 1 || d.dropPoints() > 100, "dropPoints", "Range", 1, 100)
                .failIf(d.dropDays() < 1 || d.dropDays() > 365, "dropDays", "Range", 1, 365)
                .failIf(d.segment().kind() != null && !d.segment().kind().isBlank()
                        && !List.of("company", "individual").contains(d.segment().kind()), "segment.kind", "OneOf",
                        "company, individual");
    }

    private static void component(HealthComponent c, String f, Map<String, HealthMeasure> measures, Check check) {
        HealthMeasure measure = c.measure() == null ? null : measures.get(c.measure());
        check.failIf(measure == null, f + ".measure", "HealthUnknownMeasure", c.measure() == null ? "" : c.measure())
                .failIf(c.weight() == null || c.weight() < 0 || c.weight() > 100, f + ".weight", "Range", 0, 100)
                .failIf(c.missingPoints() != null && outOfPoints(c.missingPoints()), f + ".missingPoints", "Range", 0,
                        10)
                .failIf(c.thresholds().isEmpty() && c.choicePoints().isEmpty(), f + ".thresholds", "NotBlank");
        if (measure != null) {
            measure.check(c.params(), check, f + ".params");
        }
        List<Threshold> t = c.thresholds();
        for (int i = 0; i < t.size(); i++) {
            Threshold a = t.get(i);
            check.failIf(a.points() == null || outOfPoints(a.points()), f + ".thresholds[" + i + "].points", "Range",
                    0, 10)
                    .failIf(a.from() != null && a.to() != null && a.from().compareTo(a.to()) >= 0,
                            f + ".thresholds[" + i + "].to", "HealthThresholdEmpty", a.text());
            for (int j = 0; j < i; j++) {
                check.failIf(a.overlaps(t.get(j)), f + ".thresholds", "HealthThresholdsOverlap", t.get(j).text(),
                        a.text());
            }
        }
        c.choicePoints().forEach((choice, points) -> check.failIf(points == null || outOfPoints(points),
                f + ".choicePoints", "Range", 0, 10));
    }

    private static boolean outOfPoints(int points) {
        return points < 0 || points > 10;
    }
}
