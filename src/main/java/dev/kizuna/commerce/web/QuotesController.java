package dev.kizuna.commerce.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.commerce.LineDraft;
import dev.kizuna.commerce.Orders;
import dev.kizuna.commerce.Products;
import dev.kizuna.commerce.Quote;
import dev.kizuna.commerce.QuoteDraft;
import dev.kizuna.commerce.Quotes;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.Deals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A deal's quotes and order (/deals/{id}/quotes), a quote's page, its form, PDF, revisions and sending. */
@Controller
class QuotesController {

    private final Quotes quotes;
    private final Orders orders;
    private final Deals deals;
    private final Products products;
    private final FormErrors formErrors;

    QuotesController(Quotes quotes, Orders orders, Deals deals, Products products, FormErrors formErrors) {
        this.quotes = quotes;
        this.orders = orders;
        this.deals = deals;
        this.products = products;
        this.formErrors = formErrors;
    }

    @GetMapping("/deals/{dealId}/quotes")
    String ofDeal(@PathVariable UUID dealId, Model model) {
        model.addAttribute("deal", deals.find(dealId));
        model.addAttribute("quotes", quotes.ofDeal(dealId));
        model.addAttribute("order", orders.ofDeal(dealId).orElse(null));
        return "commerce/deal-quotes";
    }

    @GetMapping("/deals/{dealId}/quotes/new")
    String newQuote(@PathVariable UUID dealId, Model model) {
        return form(model, dealId, null, QuoteForm.of(quotes.blank(dealId)));
    }

    @PostMapping("/deals/{dealId}/quotes")
    String create(@PathVariable UUID dealId, @ModelAttribute("typed") QuoteForm form, Model model,
            RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Quote q = quotes.create(dealId, form.draft());
            Flash.success(redirect, "commerce.flash.quoteCreated", q.label());
            return "redirect:/quotes/" + q.id();
        }, () -> form(model, dealId, null, form));
    }

    @GetMapping("/quotes/{id}")
    String page(@PathVariable UUID id, Model model) {
        Quote q = quotes.find(id);
        model.addAttribute("quote", q);
        model.addAttribute("revisions", quotes.ofDeal(q.dealId()).stream()
                .filter(r -> r.number().equals(q.number())).toList());
        return "commerce/quote";
    }

    @GetMapping("/quotes/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Quote q = quotes.find(id);
        model.addAttribute("version", q.version());
        return form(model, q.dealId(), q, QuoteForm.of(new QuoteDraft(q.title(), q.issuedOn(), q.validUntil(),
                q.notes(), q.lines().stream().map(l -> new LineDraft(l.productId(), l.description(), l.quantity(),
                        l.unit(), l.unitPrice(), l.taxRate())).toList())));
    }

    @PostMapping("/quotes/{id}")
    String save(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("typed") QuoteForm form,
            Model model, RedirectAttributes redirect) {
        Quote q = quotes.find(id);
        try {
            quotes.update(id, version, form.draft());
            Flash.success(redirect, "commerce.flash.quoteSaved", q.label());
            return "redirect:/quotes/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("version", version);
        return form(model, q.dealId(), q, form);
    }

    @GetMapping(value = "/quotes/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Quote q = quotes.find(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("見積書_" + q.label() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(quotes.pdf(id));
    }

    @PostMapping("/quotes/{id}/revise")
    String revise(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            Quote created = quotes.revise(id, version);
            Flash.success(redirect, "commerce.flash.quoteRevised", created.label());
            return "redirect:/quotes/" + created.id() + "/edit";
        } catch (StaleVersionException | RuleViolationException e) {
            Flash.warning(redirect, "commerce.flash.quoteChanged");
            return "redirect:/quotes/" + id;
        }
    }

    @PostMapping("/quotes/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            Quote q = quotes.accept(id, version);
            Flash.success(redirect, "commerce.flash.quoteAccepted", q.label());
        } catch (StaleVersionException | RuleViolationException e) {
            Flash.warning(redirect, "commerce.flash.quoteChanged");
        }
        return "redirect:/quotes/" + id;
    }

    @PostMapping("/quotes/{id}/send")
    String send(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String message, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            Quote q = quotes.send(id, version, to, message, locale);
            Flash.success(redirect, "commerce.flash.quoteSent", q.label(), q.sentTo());
            return "redirect:/quotes/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("to", to);
            model.addAttribute("message", message);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }

    /** The form as typed (dates and lines kept as text, so nothing typed is lost when one line is wrong). */
    private String form(Model model, UUID dealId, Quote quote, QuoteForm form) {
        model.addAttribute("deal", deals.find(dealId));
        model.addAttribute("quote", quote);
        model.addAttribute("quoteTitle", form.title()); // not "title": the layout takes a fragment by that name
        model.addAttribute("issuedOn", form.issuedOn());
        model.addAttribute("validUntil", form.validUntil());
        model.addAttribute("notes", form.notes());
        model.addAttribute("rows", form.rows());
        model.addAttribute("products", products.active());
        return "commerce/quote-form";
    }
}
