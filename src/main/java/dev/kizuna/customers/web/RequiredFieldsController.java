package dev.kizuna.customers.web;

import java.util.List;
import java.util.Map;

import dev.kizuna.customers.RequiredFields;
import dev.kizuna.platform.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators choose which fields a company, an individual customer and a contact must have. */
@Controller
@RequestMapping("/admin/required-fields")
class RequiredFieldsController {

    private static final List<String> KINDS = List.of(RequiredFields.COMPANY, RequiredFields.INDIVIDUAL,
            RequiredFields.CONTACT);

    private final RequiredFields requiredFields;

    RequiredFieldsController(RequiredFields requiredFields) {
        this.requiredFields = requiredFields;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("kinds", KINDS.stream().map(k -> Map.of("kind", k, "choices", RequiredFields.choices(k),
                "required", requiredFields.of(k))).toList());
        model.addAttribute("owners", requiredFields.completenessByOwner());
        return "customers/required-fields";
    }

    @PostMapping("/{kind}")
    String save(@PathVariable String kind, @RequestParam(required = false) List<String> fields,
            RedirectAttributes redirect) {
        requiredFields.set(kind, fields == null ? List.of() : fields);
        Flash.success(redirect, "requiredFields.saved");
        return "redirect:/admin/required-fields";
    }
}
