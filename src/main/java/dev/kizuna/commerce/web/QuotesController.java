package dev.kizuna.commerce.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        QuoteDraft blank = quotes.blank(dealId);
        return form(model, dealId, null, blank.title(), blank.issuedOn(), blank.validUntil(), blank.notes(),
                List.of());
    }

    @PostMapping("/deals/{dealId}/quotes")
    String create(@PathVariable UUID dealId, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) String issuedOn, @RequestParam(required = false) String validUntil,
            @RequestParam(defaultValue = "") String notes, @RequestParam(required = false) List<String> productId,
            @RequestParam(required = false) List<String> description,
            @RequestParam(required = false) List<String> quantity, @RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) List<String> unitPrice,
            @RequestParam(required = false) List<String> taxRate, Model model, RedirectAttributes redirect) {
        List<LineDraft> lines = new ArrayList<>();
        try {
            lines = Forms.lines(productId, description, quantity, unit, unitPrice, taxRate);
            Quote q = quotes.create(dealId, new QuoteDraft(title, Forms.date("issuedOn", issuedOn),
                    Forms.date("validUntil", validUntil), notes, lines));
            Flash.success(redirect, "commerce.flash.quoteCreated", q.label());
            return "redirect:/quotes/" + q.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            return form(model, dealId, null, title, null, null, notes, lines);
        }
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
        return form(model, q.dealId(), q, q.title(), q.issuedOn(), q.validUntil(), q.notes(), q.lines().stream()
                .map(l -> new LineDraft(l.productId(), l.description(), l.quantity(), l.unit(), l.unitPrice(),
                        l.taxRate())).toList());
    }

    @PostMapping("/quotes/{id}")
    String save(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) String issuedOn, @RequestParam(required = false) String validUntil,
            @RequestParam(defaultValue = "") String notes, @RequestParam(required = false) List<String> productId,
            @RequestParam(required = false) List<String> description,
            @RequestParam(required = false) List<String> quantity, @RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) List<String> unitPrice,
            @RequestParam(required = false) List<String> taxRate, Model model, RedirectAttributes redirect) {
        Quote q = quotes.find(id);
        List<LineDraft> lines = new ArrayList<>();
        try {
            lines = Forms.lines(productId, description, quantity, unit, unitPrice, taxRate);
            quotes.update(id, version, new QuoteDraft(title, Forms.date("issuedOn", issuedOn),
                    Forms.date("validUntil", validUntil), notes, lines));
            Flash.success(redirect, "commerce.flash.quoteSaved", q.label());
            return "redirect:/quotes/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("version", version);
        return form(model, q.dealId(), q, title, q.issuedOn(), q.validUntil(), notes, lines);
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

    private String form(Model model, UUID dealId, Quote quote, String title, LocalDate issuedOn, LocalDate validUntil,
            String notes, List<LineDraft> lines) {
        List<LineDraft> rows = new ArrayList<>(lines);
        while (rows.size() < Math.max(Forms.LINE_ROWS, lines.size() + 2)) {
            rows.add(new LineDraft(null, "", null, "", null, null));
        }
        model.addAttribute("deal", deals.find(dealId));
        model.addAttribute("quote", quote);
        model.addAttribute("quoteTitle", title); // not "title": the layout takes a fragment by that name
        model.addAttribute("issuedOn", issuedOn);
        model.addAttribute("validUntil", validUntil);
        model.addAttribute("notes", notes);
        model.addAttribute("rows", rows);
        model.addAttribute("products", products.active());
        return "commerce/quote-form";
    }
}
