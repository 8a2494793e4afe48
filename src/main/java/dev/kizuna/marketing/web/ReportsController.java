package dev.kizuna.marketing.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import dev.kizuna.marketing.CustomerStages;
import dev.kizuna.marketing.MarketingReports;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The F-stage and LTV report: customers per stage, moves per month, F2 conversion, LTV per cohort against the goal. */
@Controller
class ReportsController {

    private final MarketingReports reports;
    private final CustomerStages stages;
    private final FormErrors formErrors;

    ReportsController(MarketingReports reports, CustomerStages stages, FormErrors formErrors) {
        this.reports = reports;
        this.stages = stages;
        this.formErrors = formErrors;
    }

    @GetMapping("/marketing/reports")
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        YearMonth now = YearMonth.from(stages.today());
        YearMonth f = month(from, now.minusMonths(11));
        YearMonth t = month(to, now);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        try {
            model.addAttribute("stages", reports.stages(f, t));
            model.addAttribute("ltv", reports.ltv(f, t));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("stages", reports.stages(now.minusMonths(11), now));
            model.addAttribute("ltv", reports.ltv(now.minusMonths(11), now));
        }
        return "marketing/reports";
    }

    private static YearMonth month(String value, YearMonth fallback) {
        try {
            return value == null || value.isBlank() ? fallback : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
