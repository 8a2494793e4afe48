package dev.kizuna.success.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.success.HealthScores;
import org.springframework.stereotype.Component;

/**
 * The health section of a customer's page: the score and its band, "why this score" (a line per component: value,
 * points, weight, share of the total), the 90-day trend and what the score started.
 */
@Component
class HealthPanel implements CustomerPanel {

    private final HealthScores scores;

    HealthPanel(HealthScores scores) {
        this.scores = scores;
    }

    @Override
    public String titleKey() {
        return "success.health.panel.title";
    }

    @Override
    public int order() {
        return 106;
    }

    @Override
    public String template() {
        return "success/health-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        Map<String, Object> model = new HashMap<>();
        model.put("companyId", companyId);
        model.put("score", scores.ofCompany(companyId).orElse(null));
        model.put("trend", HealthTrend.of(scores.history(companyId, 90)));
        model.put("actions", scores.actions(companyId));
        return model;
    }
}
