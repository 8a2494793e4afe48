package dev.kizuna.success.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.RetentionReports;
import dev.kizuna.success.SuccessPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The retention report (/success/reports/retention): continuation rate by month and by start cohort, early renewals,
 * revenue per client and churn reasons, for a range of months (the last twelve by default).
 */
@Controller
class RetentionController {

    private final RetentionReports reports;
    private final SuccessPlans plans;
    private final FormErrors formErrors;

    RetentionController(RetentionReports reports, SuccessPlans plans, FormErrors formErrors) {
        this.reports = reports;
        this.plans = plans;
        this.formErrors = formErrors;
    }

    @GetMapping("/success/reports/retention")
    String retention(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        YearMonth thisMonth = YearMonth.from(plans.today());
        YearMonth start = thisMonth.minusMonths(11);
        YearMonth end = thisMonth;
        try {
            start = month("from", from, start);
            end = month("to", to, end);
            model.addAttribute("figures", reports.retention(start, end));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            start = thisMonth.minusMonths(11);
            end = thisMonth;
            model.addAttribute("figures", reports.retention(start, end));
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        return "success/retention";
    }

    private static YearMonth month(String field, String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "SuccessMonth"));
        }
    }
}
