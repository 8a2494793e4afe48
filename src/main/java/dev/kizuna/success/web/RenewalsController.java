package dev.kizuna.success.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.success.Renewals;
import dev.kizuna.success.SuccessPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Renewals due (/success/renewals): active contracts ending in the next 30, 60 or 90 days, and who handles each. */
@Controller
class RenewalsController {

    private final Renewals renewals;
    private final SuccessPlans plans;
    private final Users users;

    RenewalsController(Renewals renewals, SuccessPlans plans, Users users) {
        this.renewals = renewals;
        this.plans = plans;
        this.users = users;
    }

    @GetMapping("/success/renewals")
    String due(@RequestParam(required = false) Integer within, @RequestParam(required = false) UUID ownerUserId,
            @RequestParam(required = false) String cursor, HttpServletRequest request, Model model) {
        int days = within != null && Renewals.WINDOWS.contains(within) ? within : 30;
        model.addAttribute("page", renewals.due(days, ownerUserId, PageQuery.of(50, cursor)));
        model.addAttribute("within", days);
        model.addAttribute("windows", Renewals.WINDOWS);
        model.addAttribute("ownerUserId", ownerUserId);
        model.addAttribute("users", users.pickable());
        model.addAttribute("today", plans.today());
        model.addAttribute("earlyRenewalDays", renewals.earlyRenewalDays());
        model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("within", days)
                .queryParam("ownerUserId", ownerUserId == null ? "" : ownerUserId).build().getQuery());
        return Htmx.pageOr(request, "success/renewals", "rows");
    }
}
