package dev.kizuna.customers.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomerMerge;
import dev.kizuna.customers.MergeResult;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.customers.RecordCounts;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duplicates page (重複候補) and the compare-and-merge pages for customers and for contacts. */
@Controller
class MergeController {

    private static final int PAGE_SIZE = 30;
    private static final String TAKE = "take.";

    private final CustomerMerge merge;
    private final Companies companies;
    private final Contacts contacts;
    private final MergeRows rows;
    private final FormErrors formErrors;

    MergeController(CustomerMerge merge, Companies companies, Contacts contacts, MergeRows rows, FormErrors formErrors) {
        this.merge = merge;
        this.companies = companies;
        this.contacts = contacts;
        this.rows = rows;
        this.formErrors = formErrors;
    }

    @GetMapping("/customers/duplicates")
    String duplicates(@RequestParam(defaultValue = "companies") String type,
            @RequestParam(required = false) String cursor, Model model) {
        boolean ofContacts = "contacts".equals(type);
        PageQuery page = new PageQuery(PAGE_SIZE, cursor);
        model.addAttribute("type", ofContacts ? "contacts" : "companies");
        model.addAttribute("page", ofContacts ? merge.contactPairs(page) : merge.companyPairs(page));
        model.addAttribute("mayMerge", mayMerge());
        return "customers/duplicates";
    }

    @GetMapping("/customers/merge")
    String compareCompanies(@RequestParam UUID keep, @RequestParam UUID merge, Model model) {
        return companiesPage(model, companies.find(keep), companies.find(merge), Map.of());
    }

    @PostMapping("/customers/merge")
    String mergeCompanies(@RequestParam UUID keep, @RequestParam UUID merge, @RequestParam long keepVersion,
            @RequestParam long mergeVersion, @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> take = take(params);
        try {
            confirm(confirmed);
            Company merged = companies.find(merge);
            MergeResult<Company> result = this.merge.mergeCompanies(keep, keepVersion, merge, mergeVersion, take);
            Company survivor = result.survivor();
            done(redirect, survivor.name(), merged.name(), result.moved());
            return "redirect:/customers/" + survivor.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return companiesPage(model, companies.find(keep), companies.find(merge), take);
    }

    @GetMapping("/contacts/merge")
    String compareContacts(@RequestParam UUID keep, @RequestParam UUID merge, Model model) {
        return contactsPage(model, contacts.find(keep), contacts.find(merge), Map.of());
    }

    @PostMapping("/contacts/merge")
    String mergeContacts(@RequestParam UUID keep, @RequestParam UUID merge, @RequestParam long keepVersion,
            @RequestParam long mergeVersion, @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> take = take(params);
        try {
            confirm(confirmed);
            Contact merged = contacts.find(merge);
            MergeResult<Contact> result = this.merge.mergeContacts(keep, keepVersion, merge, mergeVersion, take);
            Contact survivor = result.survivor();
            done(redirect, survivor.name(), merged.name(), result.moved());
            return "redirect:/contacts/" + survivor.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return contactsPage(model, contacts.find(keep), contacts.find(merge), take);
    }

    private String companiesPage(Model model, Company keep, Company merge, Map<String, String> take) {
        Set<String> tags = new LinkedHashSet<>(keep.tags());
        tags.addAll(merge.tags());
        model.addAttribute("type", "companies");
        model.addAttribute("keep", new Side(keep.id(), keep.name(), keep.nameKana(), keep.version(), "/customers/" + keep.id()));
        model.addAttribute("merge", new Side(merge.id(), merge.name(), merge.nameKana(), merge.version(), "/customers/" + merge.id()));
        model.addAttribute("rows", rows.companies(keep, merge, take));
        model.addAttribute("tags", String.join("、", tags));
        model.addAttribute("contactsMoving", contacts.forCompany(merge.id()).size());
        var held = companies.holding(merge.id());
        model.addAttribute("recordsMoving", held.isEmpty() ? null : RecordCounts.ofHeld(held));
        return page(model, "/customers/merge");
    }

    private String contactsPage(Model model, Contact keep, Contact merge, Map<String, String> take) {
        model.addAttribute("type", "contacts");
        model.addAttribute("keep", new Side(keep.id(), keep.name(), keep.nameKana(), keep.version(), "/contacts/" + keep.id()));
        model.addAttribute("merge", new Side(merge.id(), merge.name(), merge.nameKana(), merge.version(), "/contacts/" + merge.id()));
        model.addAttribute("rows", rows.contacts(keep, merge, take));
        return page(model, "/contacts/merge");
    }

    private String page(Model model, String action) {
        model.addAttribute("action", action);
        model.addAttribute("mayMerge", mayMerge());
        return "customers/merge";
    }

    /** One of the two records, as the page heads its column. */
    record Side(UUID id, String name, String nameKana, long version, String href) {
    }

    /** 「A を B に統合しました。移したもの: 商談 1件、受注 1件…」, or without the list when nothing else moved. */
    private static void done(RedirectAttributes redirect, String survivor, String merged, List<MovedRecords> moved) {
        if (moved.stream().anyMatch(m -> m.count() > 0)) {
            Flash.success(redirect, "merge.doneMoved", survivor, merged, RecordCounts.ofMoved(moved));
        } else {
            Flash.success(redirect, "merge.done", survivor, merged);
        }
    }

    private static void confirm(boolean confirmed) {
        if (!confirmed) {
            throw new RuleViolationException(FieldProblem.of("confirmed", "MergeConfirm"));
        }
    }

    private static Map<String, String> take(Map<String, String> params) {
        Map<String, String> take = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(TAKE)) {
                take.put(name.substring(TAKE.length()), value);
            }
        });
        return take;
    }

    /** Whether to offer the merge button: managers and above; the service refuses anyone else anyway. */
    private static boolean mayMerge() {
        return dev.kizuna.platform.security.CurrentActor.hasRole("MANAGER");
    }
}
