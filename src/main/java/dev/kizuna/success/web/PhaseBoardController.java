package dev.kizuna.success.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.success.PhaseBoard;
import dev.kizuna.success.PlanFilter;
import dev.kizuna.success.SuccessPlans;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The phase board (/success): the CS team's book of accounts, filtered by phase, owner, overdue items and renewals due. */
@Controller
class PhaseBoardController {

    static final List<String> PHASES = List.of("preparation", "onboarding", "adoption", PlanFilter.BEFORE);

    private final PhaseBoard board;
    private final SuccessPlans plans;
    private final Users users;
    private final FormErrors formErrors;

    PhaseBoardController(PhaseBoard board, SuccessPlans plans, Users users, FormErrors formErrors) {
        this.board = board;
        this.plans = plans;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/success")
    String board(@RequestParam(required = false) String phase, @RequestParam(required = false) UUID ownerUserId,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer renewalWithinDays,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, HttpServletRequest request, Model model) {
        String p = phase == null || phase.isBlank() ? null : phase;
        PlanFilter filter = new PlanFilter(p, ownerUserId, overdue, null, null, renewalWithinDays, sort);
        try {
            model.addAttribute("page", board.list(filter, PageQuery.of(50, cursor)));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("page", board.list(PlanFilter.none(), PageQuery.of(50, null)));
        }
        model.addAttribute("phase", p);
        model.addAttribute("ownerUserId", ownerUserId);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("renewalWithinDays", renewalWithinDays);
        model.addAttribute("renewalWindows", dev.kizuna.success.Renewals.WINDOWS);
        model.addAttribute("sort", filter.sortOrDefault());
        model.addAttribute("phases", PHASES);
        model.addAttribute("sorts", PlanFilter.SORTS);
        model.addAttribute("users", users.pickable());
        model.addAttribute("today", plans.today());
        model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("phase", p == null ? "" : p)
                .queryParam("ownerUserId", ownerUserId == null ? "" : ownerUserId)
                .queryParam("overdue", Boolean.TRUE.equals(overdue))
                .queryParam("renewalWithinDays", renewalWithinDays == null ? "" : renewalWithinDays)
                .queryParam("sort", filter.sortOrDefault())
                .build().getQuery());
        return Htmx.pageOr(request, "success/board", "rows");
    }
}
