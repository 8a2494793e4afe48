package dev.kizuna.success.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.success.Checklists;
import dev.kizuna.success.SuccessPlans;
import org.springframework.stereotype.Component;

/** The success section of a customer's page: the plan's phase, go-live and checklist progress, or a way to make one. */
@Component
class SuccessPanel implements CustomerPanel {

    private final SuccessPlans plans;
    private final Checklists checklists;

    SuccessPanel(SuccessPlans plans, Checklists checklists) {
        this.plans = plans;
        this.checklists = checklists;
    }

    @Override
    public String titleKey() {
        return "success.panel.title";
    }

    @Override
    public int order() {
        return 105;
    }

    @Override
    public String template() {
        return "success/customer-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        Map<String, Object> model = new HashMap<>();
        model.put("companyId", companyId);
        model.put("plan", null);
        plans.ofCompany(companyId).ifPresent(plan -> {
            var today = plans.today();
            model.put("plan", plan);
            model.put("current", plan.lifecycle().phaseOn(today).orElse(null));
            model.put("daysFromGoLive", plan.lifecycle().daysFromGoLive(today));
            model.put("progress", checklists.progress(plan.id()));
        });
        return model;
    }
}
