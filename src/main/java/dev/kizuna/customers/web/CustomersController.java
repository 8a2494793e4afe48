package dev.kizuna.customers.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.customers.CustomFieldInputs;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.CustomerPanel;
import dev.kizuna.customers.FieldCondition;
import dev.kizuna.customers.ListField;
import dev.kizuna.customers.ListViews;
import dev.kizuna.customers.RequiredFields;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * The customers list, the customer page (顧客カルテ) and the customer form; what the list does to ticked customers is
 * in {@link CustomerBulkController}.
 */
@Controller
@RequestMapping("/customers")
class CustomersController {

    private static final int PAGE_SIZE = 30;

    private final Companies companies;
    private final CustomFields customFields;
    private final ListViews views;
    private final RequiredFields requiredFields;
    private final Users users;
    private final FormErrors formErrors;
    private final dev.kizuna.platform.api.FieldMessages fieldMessages;
    private final List<CustomerPanel> panels;

    CustomersController(Companies companies, CustomFields customFields, ListViews views, RequiredFields requiredFields,
            Users users, FormErrors formErrors, dev.kizuna.platform.api.FieldMessages fieldMessages,
            List<CustomerPanel> panels) {
        this.fieldMessages = fieldMessages;
        this.companies = companies;
        this.customFields = customFields;
        this.views = views;
        this.requiredFields = requiredFields;
        this.users = users;
        this.formErrors = formErrors;
        this.panels = panels.stream().sorted(Comparator.comparingInt(CustomerPanel::order)).toList();
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, @RequestParam(required = false) List<String> cols,
            @RequestParam(required = false) UUID view, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (view != null && request.getParameterMap().size() == 1) {
            String query = views.find(view).query();
            var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
            if (flash != null) {
                flash.forEach(redirect::addFlashAttribute); // a message for this page survives the view's redirect
            }
            return "redirect:/customers?" + (query.isEmpty() ? "" : query + "&") + "view=" + view;
        }
        CompanyFilter filter = CompanyFilter.fromParameters(request.getParameterMap());
        List<ListField> fields = companies.listFields();
        List<String> chosen = ListColumns.parse(cols, fields);
        CursorPage<Company> page;
        long count;
        try {
            page = companies.list(filter, new PageQuery(PAGE_SIZE, cursor));
            count = companies.count(filter);
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            page = new CursorPage<>(List.of(), null);
            count = 0;
        }
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("count", count);
        model.addAttribute("countCapped", count > Companies.COUNT_CAP);
        model.addAttribute("fields", fields);
        model.addAttribute("sortOptions", sortOptions(fields));
        model.addAttribute("conditionRows", filter.rows().stream().map(c -> ConditionRow.of(c, fields)).toList());
        model.addAttribute("columns", ListColumns.columns(chosen, fields, LocaleContextHolder.getLocale()));
        model.addAttribute("chosenColumns", chosen);
        model.addAttribute("availableColumns",
                ListColumns.columns(ListColumns.available(fields), fields, LocaleContextHolder.getLocale()));
        model.addAttribute("owners", owners());
        model.addAttribute("views", views.visible("company"));
        model.addAttribute("currentView", view);
        return Htmx.pageOr(request, "customers/list", "results");
    }

    /** One more condition row for the list's condition builder, with the input the chosen field needs. */
    @GetMapping("/condition")
    String conditionRow(@RequestParam(required = false) String cf, Model model) {
        List<ListField> fields = companies.listFields();
        model.addAttribute("fields", fields);
        model.addAttribute("row", ConditionRow.of(new FieldCondition(cf == null ? "" : cf, null, ""), fields));
        model.addAttribute("owners", owners());
        return "customers/list :: conditionRow";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Company company = companies.find(id);
        model.addAttribute("company", company);
        model.addAttribute("completeness", requiredFields.completeness(company));
        model.addAttribute("customFields", customFields.active("company"));
        model.addAttribute("panels", panels.stream()
                .map(p -> Map.of("panel", p, "model", p.model(company.id()))).toList());
        return "customers/detail";
    }

    @GetMapping("/new")
    String newCustomer(@RequestParam(defaultValue = "COMPANY") CompanyKind kind, Model model) {
        return form(model, CustomerForm.blank(kind, CurrentActor.idOrNull()), Map.of(), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CustomerForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean notDuplicate, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> custom = CustomFieldInputs.read(request::getParameterValues, customFields.active("company"));
        return formErrors.save(model, binding, () -> {
            if (!notDuplicate) {
                var duplicates = companies.likelyDuplicates(form.toDraft(), null);
                if (!duplicates.isEmpty()) {
                    model.addAttribute("duplicates", duplicates);
                    return form(model, form, custom, null);
                }
            }
            Company created = companies.create(form.toDraft().withCustomFields(custom));
            Flash.success(redirect, "customers.created", created.name());
            return "redirect:/customers/" + created.id();
        }, () -> form(model, form, custom, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Company company = companies.find(id);
        return form(model, CustomerForm.of(company),
                CustomFieldInputs.of(company.customFields(), customFields.active("company")), company);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") CustomerForm form, BindingResult binding,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Company company = companies.find(id);
        Map<String, Object> custom = CustomFieldInputs.read(request::getParameterValues, customFields.active("company"));
        return formErrors.saveVersioned(model, binding, () -> {
            Company updated = companies.update(id, form.version() == null ? -1 : form.version(),
                    form.toDraft().withCustomFields(custom));
            Flash.success(redirect, "customers.updated", updated.name());
            return "redirect:/customers/" + id;
        }, () -> form(model, form, custom, company));
    }

    @PostMapping("/views")
    String saveView(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String query,
            @RequestParam(defaultValue = "false") boolean shared, RedirectAttributes redirect) {
        try {
            var saved = views.save("company", name, query, shared);
            Flash.success(redirect, "views.saved", saved.name());
            return "redirect:/customers?" + (saved.query().isEmpty() ? "" : saved.query() + "&") + "view=" + saved.id();
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "customers.bulk.failed", String.join(" ",
                    fieldMessages.of(e.problems()).stream().map(m -> m.message()).toList()));
            return "redirect:/customers" + (query.isBlank() ? "" : "?" + query);
        }
    }

    @PostMapping("/views/{id}/delete")
    String deleteView(@PathVariable UUID id, RedirectAttributes redirect) {
        String name = views.find(id).name();
        views.delete(id);
        Flash.success(redirect, "views.deleted", name);
        return "redirect:/customers";
    }

    /** A row of the condition builder: the condition as typed and the field it names (null when none chosen). */
    record ConditionRow(FieldCondition condition, ListField field) {
        static ConditionRow of(FieldCondition condition, List<ListField> fields) {
            return new ConditionRow(condition,
                    fields.stream().filter(f -> f.name().equals(condition.field())).findFirst().orElse(null));
        }
    }

    /** A choice of the sort menu: its name and label (a message key for built-in sorts). */
    record SortOption(String name, String labelKey, String label) {
    }

    private List<SortOption> sortOptions(List<ListField> fields) {
        List<SortOption> options = new ArrayList<>();
        for (String sort : Companies.sorts(fields)) {
            ListField custom = fields.stream().filter(f -> f.isCustom() && f.name().equals(sort)).findFirst().orElse(null);
            options.add(custom != null ? new SortOption(sort, null, custom.customLabel(LocaleContextHolder.getLocale()))
                    : new SortOption(sort, switch (sort) {
                        case "kana", "created", "updated" -> "customers.sort." + sort;
                        default -> "field." + sort;
                    }, null));
        }
        return options;
    }

    private String form(Model model, CustomerForm form, Map<String, Object> custom, Company company) {
        List<CustomField> active = customFields.active("company");
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        model.addAttribute("owners", owners());
        model.addAttribute("statuses", CompanyStatus.values());
        model.addAttribute("customFields", active);
        model.addAttribute("customValues", custom.isEmpty() ? CustomFieldInputs.of(Map.of(), active) : custom);
        model.addAttribute("required", requiredFields.of(form.individual() ? RequiredFields.INDIVIDUAL : RequiredFields.COMPANY));
        return "customers/form";
    }

    private Object owners() {
        return users.pickable();
    }
}
