package dev.kizuna.customers.web;

import dev.kizuna.customers.ContactList;
import dev.kizuna.customers.ContactListFilter;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /contacts: every customer's contacts, searched, filtered and sorted; the table alone for htmx. */
@Controller
class ContactListController {

    private final ContactList contacts;

    ContactListController(ContactList contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/contacts")
    String list(HttpServletRequest request, @RequestParam(required = false) String cursor, Model model) {
        ContactListFilter filter = ContactListFilter.fromParameters(request.getParameterMap());
        model.addAttribute("filter", filter);
        model.addAttribute("page", contacts.list(filter, PageQuery.of(50, cursor)));
        return Htmx.pageOr(request, "customers/contacts", "customers/contacts :: table");
    }
}
