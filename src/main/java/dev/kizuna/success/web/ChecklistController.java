package dev.kizuna.success.web;

import java.util.UUID;

import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.success.Checklists;
import dev.kizuna.success.PlanItem;
import dev.kizuna.success.SuccessPlans;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ticking a checklist item on the plan page: htmx swaps the row; without script the page reloads. */
@Controller
class ChecklistController {

    private final Checklists checklists;
    private final SuccessPlans plans;

    ChecklistController(Checklists checklists, SuccessPlans plans) {
        this.checklists = checklists;
        this.plans = plans;
    }

    @PostMapping("/success/plans/{planId}/items/{itemId}")
    String tick(@PathVariable UUID planId, @PathVariable UUID itemId, @RequestParam long version,
            @RequestParam boolean done, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        boolean htmx = Htmx.isHtmx(request);
        try {
            PlanItem item = checklists.tick(planId, itemId, version, done);
            if (htmx) {
                model.addAttribute("item", item);
                model.addAttribute("plan", plans.find(planId));
                model.addAttribute("today", plans.today());
                return "success/plan :: item";
            }
        } catch (StaleVersionException e) {
            if (htmx) {
                model.addAttribute("item", checklists.item(planId, itemId));
                model.addAttribute("plan", plans.find(planId));
                model.addAttribute("today", plans.today());
                model.addAttribute("stale", true);
                return "success/plan :: item";
            }
            Flash.warning(redirect, "success.flash.stale");
        }
        return "redirect:/success/plans/" + planId + "#checklist";
    }
}
