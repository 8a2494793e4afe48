package dev.kizuna.sales.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.AssignmentRules;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.RoutingRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 管理 → 見込客の割り当て: the ordered rules per pipeline or source (the default rule's form is LeadsController's). */
@Controller
class AssignmentRulesController {

    private final AssignmentRules rules;
    private final Pipelines pipelines;
    private final Roles roles;
    private final Users users;
    private final FormErrors formErrors;

    AssignmentRulesController(AssignmentRules rules, Pipelines pipelines, Roles roles, Users users,
            FormErrors formErrors) {
        this.rules = rules;
        this.pipelines = pipelines;
        this.roles = roles;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/lead-assignment/rules/new")
    String newRule(Model model) {
        return form(model, new RoutingRule(null, 0, "", null, null, null, "round_robin", null, 60, Map.of(), 0), null);
    }

    @GetMapping("/admin/lead-assignment/rules/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, rules.find(id), id);
    }

    @PostMapping("/admin/lead-assignment/rules/new")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(null, form, model, redirect);
    }

    @PostMapping("/admin/lead-assignment/rules/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        return save(id, form, model, redirect);
    }

    @PostMapping("/admin/lead-assignment/rules/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        RoutingRule rule = rules.find(id);
        try {
            rules.delete(id, version);
            Flash.success(redirect, "sales.rules.deleted", rule.name());
        } catch (StaleVersionException e) {
            Flash.success(redirect, "sales.rules.staleDelete", rule.name());
        }
        return "redirect:/admin/lead-assignment";
    }

    private String save(UUID id, Map<String, String> form, Model model, RedirectAttributes redirect) {
        AssignmentRules.Draft draft;
        try {
            draft = draft(form);
            RoutingRule saved = id == null ? rules.create(draft)
                    : rules.update(id, Long.parseLong(form.getOrDefault("version", "0")), draft);
            Flash.success(redirect, "sales.rules.saved", saved.name());
            return "redirect:/admin/lead-assignment";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("typed", form);
        return form(model, id == null ? new RoutingRule(null, 0, "", null, null, null, "round_robin", null, 60,
                Map.of(), 0) : rules.find(id), id);
    }

    /** The form's fields: weight-&lt;userId&gt; for each holder (blank = 1). */
    private static AssignmentRules.Draft draft(Map<String, String> form) {
        Map<UUID, Integer> weights = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("weight-") && v != null && !v.isBlank()) {
                try {
                    weights.put(UUID.fromString(k.substring(7)), Integer.valueOf(v.strip()));
                } catch (IllegalArgumentException e) {
                    throw new RuleViolationException(FieldProblem.of("weights", "Range", 0, 100));
                }
            }
        });
        return new AssignmentRules.Draft(form.get("name"), uuid(form.get("pipelineId")), form.get("channel"),
                form.get("leadSource"), form.get("strategy"), uuid(form.get("roleId")),
                integer("minComplianceScore", form.get("minComplianceScore")), weights,
                integer("position", form.get("position")));
    }

    private static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Number"));
        }
    }

    private String form(Model model, RoutingRule rule, UUID id) {
        model.addAttribute("rule", rule);
        model.addAttribute("ruleId", id);
        model.addAttribute("pipelines", pipelines.list(false));
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("holders", rule.roleId() == null ? java.util.List.of()
                : users.list(new UserFilter(null, null, true, rule.roleId(), "kana", false),
                        PageQuery.first(PageQuery.MAX_LIMIT)).items());
        return "sales/routing-rule";
    }
}
