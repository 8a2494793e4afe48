package dev.kizuna.success.web;

import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.success.HealthBand;
import dev.kizuna.success.HealthFilter;
import dev.kizuna.success.HealthScores;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The health list (/health): customers by score, filtered by band and owner, worst first by default. */
@Controller
class HealthListController {

    private final HealthScores scores;
    private final Users users;
    private final FormErrors formErrors;

    HealthListController(HealthScores scores, Users users, FormErrors formErrors) {
        this.scores = scores;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/health")
    String list(@RequestParam(required = false) String band, @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            HttpServletRequest request, Model model) {
        HealthBand b = band == null || !HealthBand.CODES.contains(band) ? null : HealthBand.of(band);
        String s = sort == null || !HealthFilter.SORTS.contains(sort) ? "score" : sort;
        HealthFilter filter = new HealthFilter(b, ownerId, s);
        try {
            model.addAttribute("page", scores.list(filter, PageQuery.of(50, cursor)));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("page", scores.list(new HealthFilter(null, null, null), PageQuery.of(50, null)));
        }
        model.addAttribute("band", b == null ? "" : b.code());
        model.addAttribute("bands", HealthBand.CODES);
        model.addAttribute("ownerId", ownerId);
        model.addAttribute("sort", s);
        model.addAttribute("sorts", HealthFilter.SORTS);
        model.addAttribute("users", users.pickable());
        model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("band", b == null ? "" : b.code())
                .queryParam("ownerId", ownerId == null ? "" : ownerId).queryParam("sort", s).build().getQuery());
        return Htmx.pageOr(request, "success/health-list", "rows");
    }
}
