package dev.kizuna.success;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kizuna.customers.CustomFields;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * A published sample health model for the B2B sample customers (after the success sample data, so the plans and
 * contracts count): quiet days, complaints, late payments, checklist completion and — when the customers' sample
 * rank field exists — the rank. Routing is off in the sample, so loading it starts no playbook and makes no deal;
 * publishing it scores the sample customers at once.
 */
@Component
class HealthSampleData implements SampleData {

    private final HealthModels models;
    private final CustomFields fields;

    HealthSampleData(HealthModels models, CustomFields fields) {
        this.models = models;
        this.fields = fields;
    }

    @Override
    public String name() {
        return "success-health";
    }

    @Override
    public int order() {
        return 650;
    }

    private static Threshold t(Integer from, Integer to, int points) {
        return new Threshold(from == null ? null : BigDecimal.valueOf(from), to == null ? null : BigDecimal.valueOf(to),
                points);
    }

    @Override
    public void load() {
        HealthModel draft = models.create("標準ヘルススコア（B2B）", 0, definition(), null);
        models.publish(draft.id(), draft.version());
    }

    /** The sample model's definition, with the rank component when the customers' sample rank field exists. */
    HealthDefinition definition() {
        boolean rank = fields.of("company", false).stream().anyMatch(f -> f.key().equals("rank"));
        List<HealthComponent> components = new ArrayList<>(List.of(
                new HealthComponent("quiet", "daysSinceLastActivity", Map.of(), rank ? 30 : 40,
                        List.of(t(0, 30, 10), t(30, 90, 5), t(90, null, 0)), null, null),
                new HealthComponent("claims", "activityCount", Map.of("type", "クレーム", "days", "90"), 20,
                        List.of(t(0, 1, 10), t(1, 3, 4), t(3, null, 0)), null, null),
                new HealthComponent("late", "latePayments", Map.of("days", "365"), 20,
                        List.of(t(0, 1, 10), t(1, null, 0)), null, null),
                new HealthComponent("checklist", "checklistCompletion", Map.of(), 20,
                        List.of(t(0, 50, 2), t(50, 80, 6), t(80, null, 10)), null, 6)));
        if (rank) {
            components.add(new HealthComponent("rank", "customField", Map.of("field", "rank"), 10, null,
                    Map.of("A", 10, "B", 6, "C", 3), 5));
        }
        return new HealthDefinition(components, BandThresholds.DEFAULT, new HealthDefinition.Segment("company", null),
                15, 14, false, false);
    }
}
