package dev.kizuna.insights.web;

import java.util.UUID;

import dev.kizuna.insights.report.ReportDefinition;
import dev.kizuna.insights.report.Reports;
import dev.kizuna.insights.report.SavedReport;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports people build: the list, the builder (the definition lives in the query string until saved), a report's
 * table and chart, and the records behind a bar.
 */
@Controller
class ReportPagesController {

    private final Reports reports;
    private final dev.kizuna.insights.report.ReportSchedules schedules;
    private final FormErrors formErrors;
    private final tools.jackson.databind.json.JsonMapper json;

    ReportPagesController(Reports reports, dev.kizuna.insights.report.ReportSchedules schedules, FormErrors formErrors,
            tools.jackson.databind.json.JsonMapper json) {
        this.reports = reports;
        this.schedules = schedules;
        this.formErrors = formErrors;
        this.json = json;
    }

    private void result(Model model, dev.kizuna.insights.report.ReportResult result, String drill) {
        model.addAttribute("result", result);
        model.addAttribute("chartJson", json.writeValueAsString(result));
        model.addAttribute("drill", drill);
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        return "insights/reports";
    }

    @GetMapping("/reports/new")
    String builder(HttpServletRequest request, Model model) {
        ReportForm form = ReportForm.of(request.getParameterMap());
        model.addAttribute("form", form);
        model.addAttribute("catalogue", reports.catalogue());
        if (form.source() != null) {
            return formErrors.save(model, () -> {
                result(model, reports.run(form.definition()), "/reports/records?" + form.query() + "&");
                return "insights/report-builder";
            }, () -> "insights/report-builder");
        }
        return "insights/report-builder";
    }

    @PostMapping("/reports")
    String save(HttpServletRequest request, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean shared, Model model, RedirectAttributes redirect) {
        ReportForm form = ReportForm.of(request.getParameterMap());
        model.addAttribute("form", form);
        model.addAttribute("catalogue", reports.catalogue());
        return formErrors.save(model, () -> {
            SavedReport saved = reports.save(name, shared, form.definition());
            Flash.success(redirect, "report.saved", saved.name());
            return "redirect:/reports/" + saved.id();
        }, () -> "insights/report-builder");
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable UUID id, Model model) {
        SavedReport report = reports.find(id);
        model.addAttribute("report", report);
        model.addAttribute("form", ReportForm.of(report.definition()));
        result(model, reports.run(report.definition()), "/reports/" + id + "/records?");
        model.addAttribute("schedules", schedules.ofReport(id));
        return "insights/report";
    }

    /** The records behind a bar, of a saved report ({@code /reports/{id}/records}) or of the builder's query. */
    @GetMapping({"/reports/{id}/records", "/reports/records"})
    String records(@PathVariable(required = false) UUID id, HttpServletRequest request,
            @RequestParam(required = false) String group, @RequestParam(required = false) String month, Model model) {
        ReportDefinition definition = id == null ? ReportForm.of(request.getParameterMap()).definition()
                : reports.find(id).definition();
        model.addAttribute("report", id == null ? null : reports.find(id));
        model.addAttribute("group", group);
        model.addAttribute("month", month);
        model.addAttribute("records", reports.records(definition, group, month));
        return "insights/report-records";
    }

    /**
     * E-mails the report every business day, week (weekday) or month (day 1–28) at a time, to addresses one per line or
     * comma-separated.
     */
    @PostMapping("/reports/{id}/schedules")
    String schedule(@PathVariable UUID id, @org.springframework.web.bind.annotation.ModelAttribute ScheduleForm form,
            Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            schedules.create(form.forReport(id));
            Flash.success(redirect, "report.scheduled." + form.often().code());
            return "redirect:/reports/" + id;
        }, () -> show(id, model));
    }

    /** Stops a scheduled e-mail of the report (its owner, or an administrator). */
    @PostMapping("/reports/{id}/schedules/{scheduleId}/delete")
    String unschedule(@PathVariable UUID id, @PathVariable UUID scheduleId, RedirectAttributes redirect) {
        schedules.delete(scheduleId);
        Flash.success(redirect, "report.unscheduled");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        reports.delete(id);
        Flash.success(redirect, "report.deleted");
        return "redirect:/reports";
    }
}
