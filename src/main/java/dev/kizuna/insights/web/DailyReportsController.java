package dev.kizuna.insights.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import dev.kizuna.insights.DailyReportSettings;
import dev.kizuna.insights.DailyReports;
import dev.kizuna.platform.web.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily report page (any past business day, the newest by default) and the send times per team. */
@Controller
class DailyReportsController {

    private final DailyReports reports;
    private final DailyReportSettings settings;

    DailyReportsController(DailyReports reports, DailyReportSettings settings) {
        this.reports = reports;
        this.settings = settings;
    }

    @GetMapping("/daily-reports")
    String latest(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        return show(date == null ? reports.latestReportDay() : date, model);
    }

    @GetMapping("/daily-reports/{date}")
    String show(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        model.addAttribute("report", reports.report(date));
        model.addAttribute("today", reports.today());
        return "insights/daily-report";
    }

    @GetMapping("/admin/daily-reports")
    String settings(Model model) {
        model.addAttribute("settings", settings.list());
        return "insights/daily-report-settings";
    }

    @PostMapping("/admin/daily-reports/{teamId}")
    String save(@PathVariable UUID teamId, @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime sendAt,
            @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        settings.set(teamId, sendAt, enabled);
        Flash.success(redirect, "dailyReport.settings.saved");
        return "redirect:/admin/daily-reports";
    }
}
