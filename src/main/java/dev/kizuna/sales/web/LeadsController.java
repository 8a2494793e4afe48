package dev.kizuna.sales.web;

import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.AssignmentRules;
import dev.kizuna.sales.Lead;
import dev.kizuna.sales.LeadDraft;
import dev.kizuna.sales.Leads;
import dev.kizuna.sales.Pipelines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leads: the list, typing one in, a lead's page (assignment history, reassign, qualify), the assignment rule. */
@Controller
class LeadsController {

    private final Leads leads;
    private final Pipelines pipelines;
    private final Users users;
    private final Roles roles;
    private final FormErrors formErrors;
    private final AssignmentRules assignmentRules;

    LeadsController(Leads leads, Pipelines pipelines, Users users, Roles roles, FormErrors formErrors,
            AssignmentRules assignmentRules) {
        this.assignmentRules = assignmentRules;
        this.leads = leads;
        this.pipelines = pipelines;
        this.users = users;
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping("/leads")
    String list(@RequestParam(defaultValue = "new") String status, Model model) {
        String s = "all".equals(status) ? null : status;
        model.addAttribute("leads", leads.list(s, 200));
        model.addAttribute("status", status);
        // The address people reach this page by is the one the company's website can frame.
        String here = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .toUriString();
        model.addAttribute("inquiryUrl", here + "/inquiry");
        model.addAttribute("embedCode", "<iframe src=\"" + here + "/inquiry?embed=true\" title=\"お問い合わせ\" "
                + "style=\"width:100%;max-width:640px;height:820px;border:0\" loading=\"lazy\"></iframe>");
        return "sales/leads";
    }

    @GetMapping("/leads/new")
    String newLead(Model model) {
        model.addAttribute("draft", new LeadDraft("", "", "", "", "", "", null));
        return "sales/lead-form";
    }

    @PostMapping("/leads/new")
    String create(@RequestParam(defaultValue = "") String companyName, @RequestParam(defaultValue = "") String personName,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String leadSource,
            @RequestParam(required = false) Long budget, Model model, RedirectAttributes redirect) {
        LeadDraft draft = new LeadDraft(companyName, personName, email, phone, message, leadSource, budget);
        try {
            Lead lead = leads.create(Lead.MANUAL, draft);
            Flash.success(redirect, "sales.flash.leadCreated", lead.companyName());
            return "redirect:/leads/" + lead.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("draft", draft);
            return "sales/lead-form";
        }
    }

    @GetMapping("/leads/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("lead", leads.find(id));
        model.addAttribute("assignments", leads.assignments(id));
        model.addAttribute("pipelines", pipelines.list(false));
        model.addAttribute("owners", users.pickable());
        return "sales/lead";
    }

    @PostMapping("/leads/{id}/assign")
    String reassign(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID assignedTo,
            Model model, RedirectAttributes redirect) {
        try {
            Lead lead = leads.reassign(id, version, assignedTo);
            Flash.success(redirect, "sales.flash.leadAssigned", lead.assignedName());
            return "redirect:/leads/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return detail(id, model);
    }

    @PostMapping("/leads/{id}/qualify")
    String qualify(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID pipelineId, @RequestParam(defaultValue = "false") boolean despiteDuplicates,
            Model model, RedirectAttributes redirect) {
        try {
            Lead lead = leads.qualify(id, version, companyId, pipelineId, despiteDuplicates);
            Flash.success(redirect, "sales.flash.leadQualified", lead.companyName());
            return "redirect:/deals/" + lead.dealId();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("duplicateProblem", e.problems().stream().anyMatch(p -> "LikelyDuplicate".equals(p.code())));
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return detail(id, model);
    }

    @PostMapping("/leads/{id}/disqualify")
    String disqualify(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Lead lead = leads.disqualify(id, version);
        Flash.success(redirect, "sales.flash.leadDisqualified", lead.companyName());
        return "redirect:/leads";
    }

    @GetMapping("/admin/lead-assignment")
    String rule(Model model) {
        model.addAttribute("rule", leads.rule());
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("routingRules", assignmentRules.list());
        model.addAttribute("pipelines", pipelines.list(true));
        return "sales/assignment-rule";
    }

    @PostMapping("/admin/lead-assignment")
    String changeRule(@RequestParam(required = false) UUID roleId, @RequestParam(required = false) Integer minComplianceScore,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            leads.changeRule(roleId, minComplianceScore, version);
            Flash.success(redirect, "sales.flash.settingsSaved");
            return "redirect:/admin/lead-assignment";
        }, () -> rule(model));
    }
}
