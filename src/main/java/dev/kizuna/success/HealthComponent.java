package dev.kizuna.success;

import java.util.List;
import java.util.Map;

/**
 * One line of a health model: a {@code measure} (with its {@code params}, e.g. {@code type=クレーム, days=90}) mapped to
 * points 0–10 by {@code thresholds} (numbers) or {@code choicePoints} (choices), and its {@code weight} in the total
 * (the weights of a model add up to 100). A customer without data for it gets {@code missingPoints} (default 0).
 */
public record HealthComponent(String key, String measure, Map<String, String> params, Integer weight,
        List<Threshold> thresholds, Map<String, Integer> choicePoints, Integer missingPoints) {

    public HealthComponent {
        params = params == null ? Map.of() : Map.copyOf(params);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        choicePoints = choicePoints == null ? Map.of() : Map.copyOf(choicePoints);
    }

    /** The points (0–10) this value earns. */
    public int points(MeasureValue value) {
        int missing = missingPoints == null ? 0 : missingPoints;
        if (value == null || value.missing()) {
            return missing;
        }
        if (value.choice() != null) {
            return choicePoints.getOrDefault(value.choice(), missing);
        }
        return thresholds.stream().filter(t -> t.contains(value.number())).findFirst().map(Threshold::points)
                .orElse(missing);
    }

    public int weightOrZero() {
        return weight == null ? 0 : weight;
    }
}
