package dev.kizuna.customers.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.RecordCounts;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the customers list does to the ticked customers: assign an owner, tag them, delete them (asked first). */
@Controller
@RequestMapping("/customers")
class CustomerBulkController {

    private final Companies companies;
    private final FieldMessages fieldMessages;

    CustomerBulkController(Companies companies, FieldMessages fieldMessages) {
        this.companies = companies;
        this.fieldMessages = fieldMessages;
    }

    /** Assign an owner to or tag the ticked customers; deleting asks first (see {@link #confirmDelete}). */
    @PostMapping("/bulk")
    String bulk(@RequestParam(required = false) List<UUID> ids, @RequestParam String action,
            @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        String list = "redirect:/customers" + (back.isBlank() ? "" : "?" + back);
        if (ids == null || ids.isEmpty()) {
            Flash.warning(redirect, "customers.bulk.noneChosen");
            return list;
        }
        try {
            switch (action) {
                case "assignOwner" -> Flash.success(redirect, "customers.bulk.assigned", companies.assignOwner(ids, ownerId));
                case "addTag" -> Flash.success(redirect, "customers.bulk.tagged", companies.addTag(ids, tag));
                case "delete" -> {
                    redirect.addAttribute("ids", ids);
                    redirect.addAttribute("back", back);
                    return "redirect:/customers/delete";
                }
                default -> Flash.warning(redirect, "customers.bulk.noneChosen");
            }
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "customers.bulk.failed", String.join(" ",
                    fieldMessages.of(e.problems()).stream().map(m -> m.message()).toList()));
        }
        return list;
    }

    /** "Delete these N customers and their contacts?" — names listed, nothing deleted until confirmed. */
    @GetMapping("/delete")
    String confirmDelete(@RequestParam List<UUID> ids, @RequestParam(defaultValue = "") String back, Model model) {
        List<Company> chosen = new ArrayList<>();
        ids.stream().distinct().limit(Companies.BULK_MAX).map(companies::findOrNull)
                .filter(Objects::nonNull).forEach(chosen::add);
        model.addAttribute("chosen", chosen);
        Map<UUID, Object> held = new HashMap<>(); // 受注 1件、商談 1件: these cannot be deleted
        chosen.forEach(c -> {
            var holding = companies.holding(c.id());
            if (!holding.isEmpty()) {
                held.put(c.id(), RecordCounts.ofHeld(holding));
            }
        });
        model.addAttribute("held", held);
        model.addAttribute("back", back);
        return "customers/delete";
    }

    @PostMapping("/delete")
    String delete(@RequestParam List<UUID> ids, @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        try {
            Flash.success(redirect, "customers.deleted", companies.delete(ids));
        } catch (RecordInUseException e) { // 「受注 1件があるため削除できません…」: nothing was deleted
            Flash.warning(redirect, "customers.bulk.failed", String.join(" ",
                    fieldMessages.of(e.problems()).stream().map(m -> m.message()).toList()));
        }
        return "redirect:/customers" + (back.isBlank() ? "" : "?" + back);
    }
}
