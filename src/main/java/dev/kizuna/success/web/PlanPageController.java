package dev.kizuna.success.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.GoLiveMove;
import dev.kizuna.success.PlanDraft;
import dev.kizuna.success.SuccessPlan;
import dev.kizuna.success.SuccessPlans;
import dev.kizuna.success.SuccessTemplates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's success plan page, making a plan, and moving its go-live date or owner. */
@Controller
class PlanPageController {

    private final SuccessPlans plans;
    private final SuccessTemplates templates;
    private final PlanPageModel pageModel;
    private final Companies companies;
    private final Users users;
    private final Roles roles;
    private final FormErrors formErrors;

    PlanPageController(SuccessPlans plans, SuccessTemplates templates, PlanPageModel pageModel, Companies companies,
            Users users, Roles roles, FormErrors formErrors) {
        this.plans = plans;
        this.templates = templates;
        this.pageModel = pageModel;
        this.companies = companies;
        this.users = users;
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping("/success/plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        pageModel.fill(plans.find(id), model);
        return "success/plan";
    }

    /** The customer page's link: the plan when there is one, else the form to make it. */
    @GetMapping("/customers/{companyId}/success")
    String ofCustomer(@PathVariable UUID companyId) {
        return plans.ofCompany(companyId).map(p -> "redirect:/success/plans/" + p.id())
                .orElse("redirect:/success/plans/new?companyId=" + companyId);
    }

    @GetMapping("/success/plans/new")
    String newPlan(@RequestParam UUID companyId, Model model) {
        return form(model, companyId, SuccessTemplates.BUILT_IN.toString(), "", "", "", "none");
    }

    @PostMapping("/success/plans/new")
    String create(@RequestParam UUID companyId, @RequestParam(required = false) String templateId,
            @RequestParam(required = false) String goLiveOn, @RequestParam(required = false) String ownerUserId,
            @RequestParam(required = false) String ownerRoleId, @RequestParam(required = false) String meetingCadence,
            Model model, RedirectAttributes redirect) {
        try {
            SuccessPlan created = plans.create(new PlanDraft(companyId, Forms.id("templateId", templateId),
                    Forms.date("goLiveOn", goLiveOn), Forms.id("ownerUserId", ownerUserId),
                    Forms.id("ownerRoleId", ownerRoleId), meetingCadence));
            Flash.success(redirect, "success.flash.planCreated", created.companyName());
            return "redirect:/success/plans/" + created.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return form(model, companyId, templateId, goLiveOn, ownerUserId, ownerRoleId, meetingCadence);
        }
    }

    @PostMapping("/success/plans/{id}")
    String update(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String goLiveOn,
            @RequestParam(required = false) String ownerUserId, @RequestParam(required = false) String ownerRoleId,
            @RequestParam(required = false) String meetingCadence, Model model, RedirectAttributes redirect) {
        SuccessPlan before = plans.find(id);
        try {
            LocalDate day = Forms.date("goLiveOn", goLiveOn);
            GoLiveMove move = plans.update(id, version, new PlanDraft(before.companyId(), before.templateId(),
                    day == null ? before.goLiveOn() : day, Forms.id("ownerUserId", ownerUserId),
                    Forms.id("ownerRoleId", ownerRoleId), meetingCadence)).move();
            if (move.moved()) {
                Flash.success(redirect, "success.flash.goLiveMoved", move.days(), move.items(), move.meetings());
            } else {
                Flash.success(redirect, "success.flash.planSaved");
            }
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            pageModel.fill(before, model);
            return "success/plan";
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "success.flash.stale");
        }
        return "redirect:/success/plans/" + id;
    }

    private String form(Model model, UUID companyId, String templateId, String goLiveOn, String ownerUserId,
            String ownerRoleId, String cadence) {
        model.addAttribute("company", companies.find(companyId));
        model.addAttribute("templates", templates.list());
        model.addAttribute("users", users.pickable());
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("cadences", SuccessPlan.CADENCES);
        model.addAttribute("form", new PlanForm(templateId, goLiveOn, ownerUserId, ownerRoleId, cadence));
        return "success/plan-form";
    }

    record PlanForm(String templateId, String goLiveOn, String ownerUserId, String ownerRoleId, String cadence) {
    }
}
