package dev.kizuna.sales.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.StageReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 段階分析: how long deals stay in each stage and how many go on, for a pipeline and a period (90 days by default). */
@Controller
class StageReportController {

    private final StageReport report;
    private final Pipelines pipelines;
    private final FormErrors formErrors;

    StageReportController(StageReport report, Pipelines pipelines, FormErrors formErrors) {
        this.report = report;
        this.pipelines = pipelines;
        this.formErrors = formErrors;
    }

    @GetMapping("/deals/reports/stages")
    String stages(@RequestParam(required = false) UUID pipeline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Model model) {
        List<Pipeline> all = pipelines.list(false);
        model.addAttribute("pipelines", all);
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        if (all.isEmpty()) {
            return "sales/stage-report";
        }
        UUID chosen = pipeline != null && all.stream().anyMatch(p -> p.id().equals(pipeline)) ? pipeline
                : all.getFirst().id();
        model.addAttribute("pipelineId", chosen);
        try {
            StageReport.Result result = report.of(chosen, since, until);
            model.addAttribute("report", result);
            model.addAttribute("since", result.from());
            model.addAttribute("until", result.to());
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        return "sales/stage-report";
    }
}
