package dev.kizuna.marketing.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.marketing.EmailTemplate;
import dev.kizuna.marketing.EmailTemplateDraft;
import dev.kizuna.marketing.EmailTemplates;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail templates on the web: the list, the editor (what was typed stays on an error) and the preview of the text
 * as typed, made for a sample customer chosen on the page (htmx).
 */
@Controller
class TemplatePages {

    private static final int SAMPLES = 20;

    private final EmailTemplates templates;
    private final Companies companies;
    private final FormErrors formErrors;

    TemplatePages(EmailTemplates templates, Companies companies, FormErrors formErrors) {
        this.templates = templates;
        this.companies = companies;
        this.formErrors = formErrors;
    }

    record TemplateForm(String name, String subject, String bodyText, String bodyHtml, String sampleFind,
            String sampleId) {
        EmailTemplateDraft draft() {
            return new EmailTemplateDraft(name, subject, bodyText, bodyHtml);
        }

        static TemplateForm of(EmailTemplate t) {
            return new TemplateForm(t.name(), t.subject(), t.bodyText(), t.bodyHtml(), "", "");
        }
    }

    @GetMapping("/marketing/templates")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("templates", templates.list(PageQuery.of(50, cursor)));
        return "marketing/templates";
    }

    @GetMapping("/marketing/templates/new")
    String form(Model model) {
        MarketingAccess.requireMember();
        return form(model, null, new TemplateForm("", "", "", "", "", ""));
    }

    @PostMapping("/marketing/templates/new")
    String create(TemplateForm f, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            EmailTemplate t = templates.create(f.draft());
            Flash.success(redirect, "marketing.flash.saved", t.name());
            return "redirect:/marketing/templates/" + t.id();
        }, () -> form(model, null, f));
    }

    @GetMapping("/marketing/templates/{id}")
    String edit(@PathVariable UUID id, Model model) {
        EmailTemplate t = templates.find(id);
        return form(model, t, TemplateForm.of(t));
    }

    @PostMapping("/marketing/templates/{id}")
    String change(@PathVariable UUID id, @RequestParam long version, TemplateForm f, Model model,
            RedirectAttributes redirect) {
        return formErrors.saveVersioned(model, () -> {
            EmailTemplate t = templates.change(id, version, f.draft());
            Flash.success(redirect, "marketing.flash.saved", t.name());
            return "redirect:/marketing/templates/" + id;
        }, () -> form(model, templates.find(id), f));
    }

    @PostMapping("/marketing/templates/{id}/delete")
    String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        EmailTemplate t = templates.find(id);
        try {
            templates.delete(id);
        } catch (RecordInUseException e) {
            formErrors.show(model, e.problems());
            return form(model, t, TemplateForm.of(t));
        }
        Flash.success(redirect, "marketing.flash.deleted", t.name());
        return "redirect:/marketing/templates";
    }

    /** The customers a preview may be made for: those matching what was typed, or the first in furigana order. */
    @PostMapping("/marketing/templates/samples")
    String samples(@RequestParam(required = false) String sampleFind, Model model) {
        model.addAttribute("samples", samples(sampleFind));
        model.addAttribute("form", new TemplateForm("", "", "", "", sampleFind, ""));
        return "marketing/template-form :: samples";
    }

    /** The text as typed, made for the sample customer (the first candidate when none is chosen). */
    @PostMapping("/marketing/templates/preview")
    String preview(TemplateForm f, Model model) {
        UUID sample = chosen(f.sampleId());
        if (sample == null) {
            sample = samples(f.sampleFind()).stream().findFirst().map(Company::id).orElse(null);
        }
        if (sample != null) {
            model.addAttribute("sample", companies.find(sample));
            model.addAttribute("mail", templates.preview(f.draft(), sample));
        }
        return "marketing/template-form :: preview";
    }

    private static UUID chosen(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Company> samples(String find) {
        CompanyFilter filter = find == null || find.isBlank() ? CompanyFilter.all() : CompanyFilter.search(find);
        return companies.list(filter, PageQuery.first(SAMPLES)).items();
    }

    private String form(Model model, EmailTemplate template, TemplateForm f) {
        model.addAttribute("template", template);
        model.addAttribute("form", f);
        model.addAttribute("mergeFields", templates.mergeFields(LocaleContextHolder.getLocale()));
        model.addAttribute("samples", samples(f.sampleFind()));
        return "marketing/template-form";
    }
}
