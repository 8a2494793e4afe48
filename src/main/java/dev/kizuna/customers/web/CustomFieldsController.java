package dev.kizuna.customers.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFieldDraft;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.FieldType;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
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

/** Administrators add custom fields to companies and contacts, rename, reorder, retire and reinstate them. */
@Controller
@RequestMapping("/admin/custom-fields")
class CustomFieldsController {

    private final CustomFields customFields;
    private final FormErrors formErrors;

    CustomFieldsController(CustomFields customFields, FormErrors formErrors) {
        this.customFields = customFields;
        this.formErrors = formErrors;
    }

    /** The new-field form as typed. */
    record NewField(String objectType, String label, String labelEn, String key, String type, String options) {
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "company") String object, Model model) {
        return page(model, object, new NewField(object, "", "", "", "TEXT", ""));
    }

    private String page(Model model, String object, NewField typed) {
        String objectType = CustomFields.OBJECT_TYPES.contains(object) ? object : "company";
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectTypes", CustomFields.OBJECT_TYPES);
        model.addAttribute("fields", customFields.of(objectType, true));
        model.addAttribute("types", FieldType.values());
        model.addAttribute("typed", typed);
        return "customers/custom-fields";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "company") String objectType, @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String labelEn, @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "TEXT") String type, @RequestParam(defaultValue = "") String options,
            Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            CustomField created = customFields.create(new CustomFieldDraft(objectType, key, label, labelEn,
                    FieldType.valueOf(type), lines(options)));
            Flash.success(redirect, "customFields.created", created.label());
            return "redirect:/admin/custom-fields?object=" + created.objectType();
        }, () -> page(model, objectType, new NewField(objectType, label, labelEn, key, type, options)));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        CustomField field = customFields.find(id);
        model.addAttribute("field", field);
        model.addAttribute("options", String.join("\n", field.options()));
        return "customers/custom-field";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String labelEn, @RequestParam(defaultValue = "") String options,
            Model model, RedirectAttributes redirect) {
        CustomField field = customFields.find(id);
        try {
            customFields.update(id, version, label, labelEn, lines(options));
            Flash.success(redirect, "customFields.updated", label);
            return "redirect:/admin/custom-fields?object=" + field.objectType();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("field", new CustomField(field.id(), field.objectType(), field.key(), label, labelEn,
                field.type(), field.options(), field.position(), field.retired(), field.version()));
        model.addAttribute("options", options);
        return "customers/custom-field";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable UUID id, @RequestParam int direction) {
        CustomField field = customFields.find(id);
        customFields.move(id, direction);
        return "redirect:/admin/custom-fields?object=" + field.objectType();
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        CustomField field = customFields.retire(id, version);
        Flash.success(redirect, "customFields.retired", field.label());
        return "redirect:/admin/custom-fields?object=" + field.objectType();
    }

    @PostMapping("/{id}/reinstate")
    String reinstate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        CustomField field = customFields.reinstate(id, version);
        Flash.success(redirect, "customFields.reinstated", field.label());
        return "redirect:/admin/custom-fields?object=" + field.objectType();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
