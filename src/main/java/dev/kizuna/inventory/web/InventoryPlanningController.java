package dev.kizuna.inventory.web;

import java.util.UUID;

import dev.kizuna.inventory.StockCheck;
import dev.kizuna.inventory.StockForecasts;
import dev.kizuna.platform.api.ConflictException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily check list and the 3-/6-month forecast (with "what if N customers"). */
@Controller
class InventoryPlanningController {

    private final StockCheck check;
    private final StockForecasts forecasts;
    private final FormErrors formErrors;

    InventoryPlanningController(StockCheck check, StockForecasts forecasts, FormErrors formErrors) {
        this.check = check;
        this.forecasts = forecasts;
        this.formErrors = formErrors;
    }

    @GetMapping("/inventory/check")
    String check(Model model) {
        model.addAttribute("check", check.today());
        return "inventory/check";
    }

    @PostMapping("/inventory/check/ship")
    String ship(@RequestParam UUID orderId, @RequestParam int orderLine, @RequestParam UUID skuId, Model model,
            RedirectAttributes redirect) {
        try {
            check.shipShortfall(orderId, orderLine, skuId);
            Flash.success(redirect, "inventory.flash.shortfallShipped");
            return "redirect:/inventory/check";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (ConflictException e) {
            formErrors.show(model, e.problems());
        }
        return check(model);
    }

    @GetMapping("/inventory/forecast")
    String forecast(@RequestParam(required = false) Integer months, @RequestParam(required = false) UUID demand,
            @RequestParam(required = false) Integer customers, Model model) {
        int m = months != null && (months == 3 || months == 6) ? months : 3;
        try {
            model.addAttribute("forecast", forecasts.forecast(m, customers == null ? null : demand, customers));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("forecast", forecasts.forecast(m, null, null));
        }
        model.addAttribute("months", m);
        model.addAttribute("demand", demand);
        model.addAttribute("customers", customers);
        return "inventory/forecast";
    }
}
