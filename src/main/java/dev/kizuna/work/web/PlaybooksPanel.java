package dev.kizuna.work.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.work.Playbooks;
import org.springframework.stereotype.Component;

/** The playbooks section of a customer's page: its runs and a "start playbook" button. */
@Component
class PlaybooksPanel implements CustomerPanel {

    private final Playbooks playbooks;

    PlaybooksPanel(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    @Override
    public String titleKey() {
        return "work.playbookPanel.title";
    }

    @Override
    public int order() {
        return 165;
    }

    @Override
    public String template() {
        return "work/playbook-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return Map.of("runs", playbooks.runs(null, companyId, 10), "companyId", companyId,
                "playbooks", playbooks.list().stream().filter(p -> p.active()).toList());
    }
}
