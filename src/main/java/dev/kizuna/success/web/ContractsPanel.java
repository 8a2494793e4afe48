package dev.kizuna.success.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.success.Contracts;
import org.springframework.stereotype.Component;

/** The contracts section of a customer's page: each contract's plan, amount, term and state, and a way to add one. */
@Component
class ContractsPanel implements CustomerPanel {

    private final Contracts contracts;

    ContractsPanel(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public String titleKey() {
        return "success.contracts.title";
    }

    @Override
    public int order() {
        return 106;
    }

    @Override
    public String template() {
        return "success/contracts-panel";
    }

    @Override
    public Map<String, Object> model(UUID companyId) {
        return Map.of("companyId", companyId, "contracts", contracts.ofCompany(companyId));
    }
}
