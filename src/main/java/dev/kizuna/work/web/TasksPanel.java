package dev.kizuna.work.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.work.Tasks;
import org.springframework.stereotype.Component;

/** The tasks section of a customer's page (顧客カルテ). */
@Component
class TasksPanel implements CustomerPanel {

    private final Tasks tasks;

    TasksPanel(Tasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String titleKey() {
        return "work.panel.title";
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public String template() {
        return "work/customer-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return Map.of("tasks", tasks.ofCompany(companyId, 20), "companyId", companyId, "today", tasks.today());
    }
}
