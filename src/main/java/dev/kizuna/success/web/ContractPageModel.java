package dev.kizuna.success.web;

import dev.kizuna.identity.Users;
import dev.kizuna.success.Churns;
import dev.kizuna.success.Contract;
import dev.kizuna.success.Contracts;
import dev.kizuna.success.Renewals;
import dev.kizuna.success.SuccessPlans;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the contract page shows: the terms, the plan changes, the renewals, the churn and its interview. */
@Component
class ContractPageModel {

    private final Contracts contracts;
    private final Churns churns;
    private final Renewals renewals;
    private final SuccessPlans plans;
    private final Users users;

    ContractPageModel(Contracts contracts, Churns churns, Renewals renewals, SuccessPlans plans, Users users) {
        this.contracts = contracts;
        this.churns = churns;
        this.renewals = renewals;
        this.plans = plans;
        this.users = users;
    }

    void fill(Contract contract, Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("today", plans.today());
        model.addAttribute("changes", contracts.changes(contract.id()));
        model.addAttribute("renewals", contracts.renewals(contract.id()));
        model.addAttribute("churn", churns.ofContract(contract.id()).orElse(null));
        model.addAttribute("reasons", churns.reasons().stream().filter(r -> !r.retired()).toList());
        model.addAttribute("earlyRenewalDays", renewals.earlyRenewalDays());
        model.addAttribute("users", users.pickable());
        model.addAttribute("billings", Contract.BILLINGS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ContractsController.ContractForm.of(contract));
        }
    }
}
