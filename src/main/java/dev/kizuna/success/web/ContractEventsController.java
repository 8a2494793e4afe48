package dev.kizuna.success.web;

import java.util.UUID;

import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.Churns;
import dev.kizuna.success.Contract;
import dev.kizuna.success.Contracts;
import dev.kizuna.success.Renewal;
import dev.kizuna.success.Renewals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What happens to a contract, from its page: a plan change, a renewal, a churn with its interview. */
@Controller
class ContractEventsController {

    private final Contracts contracts;
    private final Renewals renewals;
    private final Churns churns;
    private final ContractPageModel pageModel;
    private final FormErrors formErrors;

    ContractEventsController(Contracts contracts, Renewals renewals, Churns churns, ContractPageModel pageModel,
            FormErrors formErrors) {
        this.contracts = contracts;
        this.renewals = renewals;
        this.churns = churns;
        this.pageModel = pageModel;
        this.formErrors = formErrors;
    }

    @PostMapping("/success/contracts/{id}/changes")
    String changePlan(@PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("change") PlanChangeForm form, Model model, RedirectAttributes redirect) {
        return save(id, "change", model, () -> {
            contracts.changePlan(id, version, form.toPlan(), Forms.whole("amountAfter", form.amountAfter()),
                    Forms.date("changedOn", form.changedOn()), form.reason());
            Flash.success(redirect, "success.flash.planChanged", form.toPlan());
        });
    }

    @PostMapping("/success/contracts/{id}/renewals")
    String renew(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("renewal") RenewalForm form,
            Model model, RedirectAttributes redirect) {
        return save(id, "renewal", model, () -> {
            Renewal done = renewals.renew(id, version, Forms.date("decidedOn", form.decidedOn()),
                    Forms.date("newEndsOn", form.newEndsOn()));
            Flash.success(redirect, done.early() ? "success.flash.renewedEarly" : "success.flash.renewed");
        });
    }

    @PostMapping("/success/contracts/{id}/churn")
    String churn(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("churnForm") ChurnForm form,
            Model model, RedirectAttributes redirect) {
        return save(id, "churn", model, () -> {
            churns.record(id, version, Forms.date("churnedOn", form.churnedOn()), Forms.id("reasonId", form.reasonId()),
                    new Churns.Interview(form.questions(), form.answers(), form.cause(), form.improvement()));
            Flash.success(redirect, "success.flash.churned");
        });
    }

    private String save(UUID id, String editing, Model model, Runnable save) {
        return formErrors.saveVersioned(model, () -> {
            save.run();
            return "redirect:/success/contracts/" + id;
        }, () -> {
            Contract contract = contracts.find(id);
            pageModel.fill(contract, model);
            model.addAttribute("editing", editing);
            return "success/contract";
        });
    }

    record PlanChangeForm(String toPlan, String amountAfter, String changedOn, String reason) {
    }

    record RenewalForm(String decidedOn, String newEndsOn) {
    }

    record ChurnForm(String churnedOn, String reasonId, String questions, String answers, String cause,
            String improvement) {
    }
}
