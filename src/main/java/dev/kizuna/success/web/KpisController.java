package dev.kizuna.success.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.success.Kpi;
import dev.kizuna.success.KpiMonth;
import dev.kizuna.success.KpiMonthsFile;
import dev.kizuna.success.Kpis;
import dev.kizuna.success.SuccessPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Defining a customer's KPI/KGI and entering a month's target and actual from the plan page. */
@Controller
class KpisController {

    private final Kpis kpis;
    private final SuccessPlans plans;
    private final PlanPageModel pageModel;
    private final FormErrors formErrors;

    KpisController(Kpis kpis, SuccessPlans plans, PlanPageModel pageModel, FormErrors formErrors) {
        this.kpis = kpis;
        this.plans = plans;
        this.pageModel = pageModel;
        this.formErrors = formErrors;
    }

    @PostMapping("/success/plans/{planId}/kpis")
    String create(@PathVariable UUID planId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String better, Model model, RedirectAttributes redirect) {
        var plan = plans.find(planId);
        try {
            Kpi created = kpis.create(plan.companyId(), name, unit, kind, better);
            Flash.success(redirect, "success.flash.kpiCreated", created.name());
            return "redirect:/success/plans/" + planId + "#kpis";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            pageModel.fill(plan, model);
            return "success/plan";
        }
    }

    @PostMapping("/success/plans/{planId}/kpis/{kpiId}/months")
    String month(@PathVariable UUID planId, @PathVariable UUID kpiId, @RequestParam(required = false) String month,
            @RequestParam(required = false) BigDecimal target, @RequestParam(required = false) BigDecimal actual,
            Model model, RedirectAttributes redirect) {
        var plan = plans.find(planId);
        try {
            kpis.putMonths(kpiId, List.of(new KpiMonth(month(month), target, actual)));
            Flash.success(redirect, "success.flash.kpiSaved");
            return "redirect:/success/plans/" + planId + "#kpis";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems().stream().map(p -> new FieldProblem(
                    p.field().replace("months[0].", ""), p.code(), p.arguments())).toList());
            pageModel.fill(plan, model);
            model.addAttribute("kpiEditing", kpiId);
            return "success/plan";
        }
    }

    @PostMapping("/success/plans/{planId}/kpis/{kpiId}/file")
    String file(@PathVariable UUID planId, @PathVariable UUID kpiId,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            Model model, RedirectAttributes redirect) throws java.io.IOException {
        var plan = plans.find(planId);
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException(FieldProblem.of(KpiMonthsFile.FIELD, "NotBlank"));
            }
            List<KpiMonth> months;
            try (var in = file.getInputStream()) {
                months = KpiMonthsFile.read(in);
            }
            kpis.putMonths(kpiId, months);
            Flash.success(redirect, "success.flash.kpiFile", months.size());
            return "redirect:/success/plans/" + planId + "#kpis";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            pageModel.fill(plan, model);
            model.addAttribute("kpiEditing", kpiId);
            return "success/plan";
        }
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of("month", "SuccessMonth"));
        }
    }
}
