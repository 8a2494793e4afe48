package dev.kizuna.customers.web;

import java.util.UUID;

import dev.kizuna.customers.CustomFieldInputs;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.ContactDraft;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.RequiredFields;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing a customer's contacts. */
@Controller
class ContactsController {

    private final Contacts contacts;
    private final Companies companies;
    private final RequiredFields requiredFields;
    private final FormErrors formErrors;

    private final dev.kizuna.customers.CustomFields customFields;
    private final dev.kizuna.identity.Users users;
    private final java.util.List<dev.kizuna.customers.ContactPanel> panels;

    ContactsController(Contacts contacts, Companies companies, RequiredFields requiredFields, FormErrors formErrors,
            dev.kizuna.customers.CustomFields customFields, dev.kizuna.identity.Users users,
            java.util.List<dev.kizuna.customers.ContactPanel> panels) {
        this.panels = panels;
        this.customFields = customFields;
        this.users = users;
        this.requiredFields = requiredFields;
        this.contacts = contacts;
        this.companies = companies;
        this.formErrors = formErrors;
    }

    record ContactForm(UUID companyId, String name, String nameKana, String department, String title, String phone,
            String mobile, String email, String notes, Boolean primary, Long version) {

        ContactDraft toDraft() {
            return toDraft(companyId);
        }

        /** The draft for a given customer, whatever the form's hidden field says. */
        ContactDraft toDraft(UUID company) {
            return new ContactDraft(company, name, nameKana, department, title, phone, mobile, email, notes,
                    Boolean.TRUE.equals(primary));
        }
    }

    @GetMapping("/customers/{companyId}/contacts/new")
    String newContact(@PathVariable UUID companyId, Model model) {
        return form(model, new ContactForm(companyId, "", "", "", "", "", "", "", "", false, null), java.util.Map.of(),
                companies.find(companyId), null);
    }

    @PostMapping("/customers/{companyId}/contacts/new")
    String create(@PathVariable UUID companyId, @ModelAttribute("form") ContactForm form,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Company company = companies.find(companyId);
        var custom = CustomFieldInputs.read(request::getParameterValues, customFields.active("contact"));
        return formErrors.save(model, () -> {
            Contact contact = contacts.create(form.toDraft(companyId).withCustomFields(custom));
            Flash.success(redirect, "contacts.created", contact.name());
            return "redirect:/customers/" + companyId;
        }, () -> form(model, form, custom, company, null));
    }

    @GetMapping("/contacts/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Contact contact = contacts.find(id);
        return form(model, new ContactForm(contact.companyId(), contact.name(), contact.nameKana(), contact.department(),
                contact.title(), contact.phoneDisplay(), contact.mobileDisplay(), contact.email(), contact.notes(),
                contact.primary(), contact.version()),
                CustomFieldInputs.of(contact.customFields(), customFields.active("contact")), companies.find(contact.companyId()),
                contact);
    }

    @PostMapping("/contacts/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") ContactForm form,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Contact contact = contacts.find(id);
        Company company = companies.find(contact.companyId());
        var custom = CustomFieldInputs.read(request::getParameterValues, customFields.active("contact"));
        return formErrors.saveVersioned(model, () -> {
            Contact updated = contacts.update(id, form.version() == null ? -1 : form.version(),
                    form.toDraft().withCustomFields(custom));
            Flash.success(redirect, "contacts.updated", updated.name());
            return "redirect:/customers/" + updated.companyId();
        }, () -> form(model, form, custom, company, contact));
    }

    private String form(Model model, ContactForm form, java.util.Map<String, Object> custom, Company company,
            Contact contact) {
        var active = customFields.active("contact");
        model.addAttribute("customFields", active);
        model.addAttribute("customValues", custom.isEmpty() ? CustomFieldInputs.of(java.util.Map.of(), active) : custom);
        model.addAttribute("owners", users.pickable());
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        model.addAttribute("contact", contact);
        model.addAttribute("required", requiredFields.of(RequiredFields.CONTACT));
        if (contact != null) {
            model.addAttribute("moves", contacts.moves(contact.id()));
            model.addAttribute("panels", panels.stream().sorted(java.util.Comparator.comparingInt(
                    dev.kizuna.customers.ContactPanel::order)).map(p -> java.util.Map.of("panel", p,
                    "model", p.model(contact.companyId(), contact.id()))).toList());
        }
        return "customers/contact-form";
    }
}
