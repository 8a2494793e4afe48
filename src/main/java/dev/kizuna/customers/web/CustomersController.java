package dev.kizuna.customers.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.customers.RequiredFields;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customers list, the customer page (顧客カルテ) and the customer form. */
@Controller
@RequestMapping("/customers")
class CustomersController {

    private static final int PAGE_SIZE = 30;

    private final Companies companies;
    private final RequiredFields requiredFields;
    private final Users users;
    private final FormErrors formErrors;
    private final List<CustomerPanel> panels;

    CustomersController(Companies companies, RequiredFields requiredFields, Users users, FormErrors formErrors,
            List<CustomerPanel> panels) {
        this.companies = companies;
        this.requiredFields = requiredFields;
        this.users = users;
        this.formErrors = formErrors;
        this.panels = panels.stream().sorted(Comparator.comparingInt(CustomerPanel::order)).toList();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CompanyKind kind,
            @RequestParam(required = false) CompanyStatus status, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) String tag, @RequestParam(defaultValue = "false") boolean incomplete,
            @RequestParam(defaultValue = "kana") String sort,
            @RequestParam(defaultValue = "false") boolean desc, @RequestParam(required = false) String cursor,
            HttpServletRequest request, Model model) {
        CompanyFilter filter = new CompanyFilter(q, kind, status, owner, tag, incomplete, sort, desc);
        model.addAttribute("filter", filter);
        model.addAttribute("page", companies.list(filter, new PageQuery(PAGE_SIZE, cursor)));
        model.addAttribute("owners", owners());
        return Htmx.pageOr(request, "customers/list", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Company company = companies.find(id);
        model.addAttribute("company", company);
        model.addAttribute("completeness", requiredFields.completeness(company));
        model.addAttribute("panels", panels.stream()
                .map(p -> Map.of("panel", p, "model", p.model(company.id()))).toList());
        return "customers/detail";
    }

    @GetMapping("/new")
    String newCustomer(@RequestParam(defaultValue = "COMPANY") CompanyKind kind, Model model) {
        return form(model, CustomerForm.blank(kind, CurrentActor.idOrNull()), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CustomerForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean notDuplicate, Model model, RedirectAttributes redirect) {
        if (formErrors.bindingFailed(model, binding)) {
            return form(model, form, null);
        }
        try {
            if (!notDuplicate) {
                var duplicates = companies.likelyDuplicates(form.toDraft(), null);
                if (!duplicates.isEmpty()) {
                    model.addAttribute("duplicates", duplicates);
                    return form(model, form, null);
                }
            }
            Company created = companies.create(form.toDraft());
            Flash.success(redirect, "customers.created", created.name());
            return "redirect:/customers/" + created.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Company company = companies.find(id);
        return form(model, CustomerForm.of(company), company);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") CustomerForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Company company = companies.find(id);
        if (formErrors.bindingFailed(model, binding)) {
            return form(model, form, company);
        }
        try {
            Company updated = companies.update(id, form.version() == null ? -1 : form.version(), form.toDraft());
            Flash.success(redirect, "customers.updated", updated.name());
            return "redirect:/customers/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return form(model, form, company);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return form(model, form, company);
        }
    }

    private String form(Model model, CustomerForm form, Company company) {
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        model.addAttribute("owners", owners());
        model.addAttribute("statuses", CompanyStatus.values());
        model.addAttribute("required", requiredFields.of(form.individual() ? RequiredFields.INDIVIDUAL : RequiredFields.COMPANY));
        return "customers/form";
    }

    private Object owners() {
        return users.list(new UserFilter(null, null, true, null, "kana", false), PageQuery.first(PageQuery.MAX_LIMIT))
                .items();
    }
}
