package dev.kizuna.commerce.web;

import java.util.UUID;

import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
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

/** Orders: the list, unpaid past due, and an order's page with delivery, invoice and payments. */
@Controller
class OrdersController {

    private final Orders orders;
    private final FormErrors formErrors;

    OrdersController(Orders orders, FormErrors formErrors) {
        this.orders = orders;
        this.formErrors = formErrors;
    }

    @GetMapping("/orders")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("orders", orders.list(null, PageQuery.of(50, cursor)));
        model.addAttribute("today", orders.today());
        model.addAttribute("overdueView", false);
        return "commerce/orders";
    }

    @GetMapping("/orders/overdue")
    String overdue(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("orders", orders.overdue(PageQuery.of(50, cursor)));
        model.addAttribute("today", orders.today());
        model.addAttribute("overdueView", true);
        return "commerce/orders";
    }

    @GetMapping("/orders/{id}")
    String page(@PathVariable UUID id, Model model) {
        Order o = orders.find(id);
        model.addAttribute("order", o);
        model.addAttribute("payments", orders.paymentsOf(id));
        model.addAttribute("today", orders.today());
        return "commerce/order";
    }

    @PostMapping("/orders/{id}/delivery")
    String deliver(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String deliveredOn, @RequestParam(required = false) String dueOn,
            Model model, RedirectAttributes redirect) {
        try {
            Order o = orders.recordDelivery(id, version, FormValues.date("deliveredOn", deliveredOn),
                    FormValues.date("dueOn", dueOn));
            Flash.success(redirect, "commerce.flash.delivered", o.number());
            return "redirect:/orders/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }

    @PostMapping("/orders/{id}")
    String update(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String deliveryDueOn, @RequestParam(required = false) String invoiceAmount,
            @RequestParam(required = false) String dueOn, Model model, RedirectAttributes redirect) {
        try {
            Order o = orders.update(id, version, FormValues.date("deliveryDueOn", deliveryDueOn),
                    FormValues.yen("invoiceAmount", invoiceAmount), FormValues.date("dueOn", dueOn));
            Flash.success(redirect, "commerce.flash.orderSaved", o.number());
            return "redirect:/orders/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }

    @PostMapping("/orders/{id}/payments")
    String pay(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) String amount, @RequestParam(defaultValue = "") String note, Model model,
            RedirectAttributes redirect) {
        try {
            var p = orders.recordPayment(id, version, FormValues.date("receivedOn", receivedOn),
                    FormValues.yen("amount", amount), note);
            Flash.success(redirect, "commerce.flash.paid", p.orderNumber(), "¥" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPAN).format(p.amount()));
            return "redirect:/orders/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("amountText", amount);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }
}
