package dev.kizuna.success.web;

import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.Contract;
import dev.kizuna.success.ContractDraft;
import dev.kizuna.success.Contracts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's contract: adding one, its page (terms, plan changes, renewals, churn) and editing its terms. */
@Controller
class ContractsController {

    private final Contracts contracts;
    private final ContractPageModel pageModel;
    private final Companies companies;
    private final Users users;
    private final FormErrors formErrors;

    ContractsController(Contracts contracts, ContractPageModel pageModel, Companies companies, Users users,
            FormErrors formErrors) {
        this.contracts = contracts;
        this.pageModel = pageModel;
        this.companies = companies;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/success/contracts/new")
    String newContract(@RequestParam UUID companyId, Model model) {
        return form(model, companyId, ContractForm.blank());
    }

    @PostMapping("/success/contracts/new")
    String create(@RequestParam UUID companyId, @ModelAttribute("form") ContractForm form, Model model,
            RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Contract created = contracts.create(form.draft(companyId));
            Flash.success(redirect, "success.flash.contractCreated", created.planName());
            return "redirect:/success/contracts/" + created.id();
        }, () -> form(model, companyId, form));
    }

    @GetMapping("/success/contracts/{id}")
    String contract(@PathVariable UUID id, Model model) {
        pageModel.fill(contracts.find(id), model);
        return "success/contract";
    }

    @PostMapping("/success/contracts/{id}")
    String update(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") ContractForm form,
            Model model, RedirectAttributes redirect) {
        Contract before = contracts.find(id);
        return formErrors.saveVersioned(model, () -> {
            contracts.update(id, version, form.draft(before.companyId()));
            Flash.success(redirect, "success.flash.contractSaved");
            return "redirect:/success/contracts/" + id;
        }, () -> {
            pageModel.fill(before, model);
            model.addAttribute("editing", "terms");
            return "success/contract";
        });
    }

    private String form(Model model, UUID companyId, ContractForm form) {
        model.addAttribute("company", companies.find(companyId));
        model.addAttribute("users", users.pickable());
        model.addAttribute("billings", Contract.BILLINGS);
        model.addAttribute("form", form);
        return "success/contract-form";
    }

    /** The contract form as typed: kept as text so a refused form shows exactly what was typed. */
    record ContractForm(String planName, String amount, String billing, String startsOn, String endsOn,
            String autoRenew, String noticeDays, String renewalOwnerUserId) {

        static ContractForm blank() {
            return new ContractForm("", "", "monthly", "", "", "true", "30", "");
        }

        static ContractForm of(Contract c) {
            return new ContractForm(c.planName(), String.valueOf(c.amount()), c.billing(), String.valueOf(c.startsOn()),
                    String.valueOf(c.endsOn()), String.valueOf(c.autoRenew()), String.valueOf(c.noticeDays()),
                    c.renewalOwnerUserId() == null ? "" : c.renewalOwnerUserId().toString());
        }

        ContractDraft draft(UUID companyId) {
            Long days = Forms.whole("noticeDays", noticeDays);
            return new ContractDraft(companyId, planName, Forms.whole("amount", amount), billing,
                    Forms.date("startsOn", startsOn), Forms.date("endsOn", endsOn), "true".equals(autoRenew),
                    days == null ? null : Math.toIntExact(Math.min(days, Integer.MAX_VALUE)),
                    Forms.id("renewalOwnerUserId", renewalOwnerUserId));
        }
    }
}
