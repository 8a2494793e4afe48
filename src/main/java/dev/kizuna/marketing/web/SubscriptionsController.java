package dev.kizuna.marketing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.Products;
import dev.kizuna.customers.Companies;
import dev.kizuna.marketing.Subscription;
import dev.kizuna.marketing.SubscriptionDraft;
import dev.kizuna.marketing.SubscriptionStatus;
import dev.kizuna.marketing.Subscriptions;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Subscriptions (定期便): the list, the form that starts one from a customer, and a subscription's page. */
@Controller
class SubscriptionsController {

    private final Subscriptions subscriptions;
    private final Companies companies;
    private final Products products;
    private final FormErrors formErrors;

    SubscriptionsController(Subscriptions subscriptions, Companies companies, Products products,
            FormErrors formErrors) {
        this.subscriptions = subscriptions;
        this.companies = companies;
        this.products = products;
        this.formErrors = formErrors;
    }

    @GetMapping("/subscriptions")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            Model model) {
        String s = status != null && SubscriptionStatus.CODES.contains(status) ? status : null;
        model.addAttribute("subscriptions", subscriptions.list(null, s, PageQuery.of(50, cursor)));
        model.addAttribute("status", s);
        model.addAttribute("statuses", SubscriptionStatus.CODES);
        return "marketing/subscriptions";
    }

    record SubscriptionForm(String companyId, String productId, String quantity, String unitPrice, String cycleUnit,
            String cycleEvery, String dayOfMonth, String nextDeliveryOn, String payment) {
    }

    @GetMapping("/subscriptions/new")
    String form(@RequestParam UUID companyId, Model model) {
        return form(model, companyId, new SubscriptionForm(companyId.toString(), null, "1", null, "days", "30", null,
                subscriptions.today().plusDays(7).toString(), "card"));
    }

    @PostMapping("/subscriptions/new")
    String create(SubscriptionForm f, Model model, RedirectAttributes redirect) {
        UUID companyId = UUID.fromString(f.companyId());
        try {
            Subscription s = subscriptions.start(new SubscriptionDraft(companyId, null, items(f), f.cycleUnit(),
                    FormValues.integer("cycleEvery", f.cycleEvery()), FormValues.integer("dayOfMonth", f.dayOfMonth()),
                    FormValues.date("nextDeliveryOn", f.nextDeliveryOn()), f.payment()));
            Flash.success(redirect, "marketing.flash.started", s.title());
            return "redirect:/subscriptions/" + s.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        return form(model, companyId, f);
    }

    private static List<SubscriptionDraft.ItemDraft> items(SubscriptionForm f) {
        List<SubscriptionDraft.ItemDraft> items = new ArrayList<>();
        if (f.productId() != null && !f.productId().isBlank()) {
            items.add(new SubscriptionDraft.ItemDraft(UUID.fromString(f.productId()),
                    FormValues.integer("items[0].quantity", f.quantity()), FormValues.yen("items[0].unitPrice", f.unitPrice())));
        }
        return items;
    }

    private String form(Model model, UUID companyId, SubscriptionForm f) {
        model.addAttribute("company", companies.find(companyId));
        model.addAttribute("products", products.active());
        model.addAttribute("form", f);
        return "marketing/subscription-form";
    }

    @GetMapping("/subscriptions/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("subscription", subscriptions.find(id));
        model.addAttribute("history", subscriptions.history(id));
        model.addAttribute("deliveries", subscriptions.deliveries(id));
        model.addAttribute("today", subscriptions.today());
        return "marketing/subscription";
    }

    @PostMapping("/subscriptions/{id}/{action:skip|pause|cancel}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String until, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            Subscription s = switch (action) {
                case "skip" -> subscriptions.skip(id, version);
                case "pause" -> subscriptions.pause(id, version, FormValues.date("until", until));
                default -> subscriptions.cancel(id, version, reason);
            };
            Flash.success(redirect, "marketing.flash." + action, s.title());
            return "redirect:/subscriptions/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }
}
