package dev.kizuna.activities.web;

import java.util.UUID;

import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.ActivityOptions;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the channels and types of activity and the details templates per type. */
@Controller
@RequestMapping("/admin/activity-options")
class ActivityOptionsController {

    private final ActivityOptions options;
    private final FormErrors formErrors;

    ActivityOptionsController(ActivityOptions options, FormErrors formErrors) {
        this.options = options;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("channels", options.of(ActivityOption.CHANNEL, true));
        model.addAttribute("types", options.of(ActivityOption.TYPE, true));
        model.addAttribute("templates", options.templates(null));
        model.addAttribute("typeNames", options.of(ActivityOption.TYPE, true).stream()
                .collect(java.util.stream.Collectors.toMap(ActivityOption::id,
                        o -> o.label(org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
        return "activities/options";
    }

    @PostMapping
    String add(@RequestParam String kind, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "false") boolean call,
            Model model, RedirectAttributes redirect) {
        try {
            ActivityOption added = options.add(kind, name, nameEn, call);
            Flash.success(redirect, "activityOptions.added", added.name());
            return "redirect:/admin/activity-options";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("failedKind", kind);
            return page(model);
        }
    }

    @PostMapping("/{id}/retired")
    String retire(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean retired,
            RedirectAttributes redirect) {
        ActivityOption changed = options.setRetired(id, version, retired);
        Flash.success(redirect, retired ? "activityOptions.retired" : "activityOptions.reinstated", changed.name());
        return "redirect:/admin/activity-options";
    }

    @PostMapping("/templates")
    String addTemplate(@RequestParam(required = false) UUID typeId, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect) {
        try {
            options.addTemplate(typeId, title, body);
            Flash.success(redirect, "activityOptions.templateAdded", title);
            return "redirect:/admin/activity-options";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("failedKind", "template");
            return page(model);
        }
    }
}
