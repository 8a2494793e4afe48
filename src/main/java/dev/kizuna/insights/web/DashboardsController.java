package dev.kizuna.insights.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Teams;
import dev.kizuna.insights.report.Dashboard;
import dev.kizuna.insights.report.Dashboards;
import dev.kizuna.insights.report.ReportSchedules;
import dev.kizuna.insights.report.Reports;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dashboards: the list with a form to make one from saved reports, and a dashboard's tiles on a grid. */
@Controller
class DashboardsController {

    private final Dashboards dashboards;
    private final ReportSchedules schedules;
    private final Reports reports;
    private final Teams teams;
    private final FormErrors formErrors;
    private final tools.jackson.databind.json.JsonMapper json;

    DashboardsController(Dashboards dashboards, ReportSchedules schedules, Reports reports, Teams teams,
            FormErrors formErrors, tools.jackson.databind.json.JsonMapper json) {
        this.dashboards = dashboards;
        this.schedules = schedules;
        this.reports = reports;
        this.teams = teams;
        this.formErrors = formErrors;
        this.json = json;
    }

    @GetMapping("/dashboards")
    String list(Model model) {
        model.addAttribute("dashboards", dashboards.list());
        model.addAttribute("reports", reports.list());
        model.addAttribute("teams", teams.list());
        return "insights/dashboards";
    }

    @PostMapping("/dashboards")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) UUID teamId,
            @RequestParam(name = "reportId", required = false) List<UUID> reportIds, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Dashboard d = dashboards.create(name, teamId, reportIds == null ? List.of() : reportIds);
            Flash.success(redirect, "dashboard.saved", d.name());
            return "redirect:/dashboards/" + d.id();
        }, () -> list(model));
    }

    @GetMapping("/dashboards/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("dashboard", dashboards.find(id));
        var tiles = dashboards.tiles(id);
        model.addAttribute("tiles", tiles);
        model.addAttribute("tileJson", tiles.stream().map(t -> json.writeValueAsString(t.result())).toList());
        model.addAttribute("schedules", schedules.ofDashboard(id));
        return "insights/dashboard";
    }

    /** E-mails the whole dashboard every business day, week or month, each tile's chart inline and its data as Excel. */
    @PostMapping("/dashboards/{id}/schedules")
    String schedule(@PathVariable UUID id, @ModelAttribute ScheduleForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            schedules.create(form.forDashboard(id));
            Flash.success(redirect, "dashboard.scheduled." + form.often().code());
            return "redirect:/dashboards/" + id;
        }, () -> show(id, model));
    }

    /** Stops a scheduled e-mail of the dashboard (its owner, or an administrator); the page asks first. */
    @PostMapping("/dashboards/{id}/schedules/{scheduleId}/delete")
    String unschedule(@PathVariable UUID id, @PathVariable UUID scheduleId, RedirectAttributes redirect) {
        schedules.delete(scheduleId);
        Flash.success(redirect, "report.unscheduled");
        return "redirect:/dashboards/" + id;
    }
}
