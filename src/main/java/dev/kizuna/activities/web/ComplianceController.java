package dev.kizuna.activities.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.activities.ActivityStats;
import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.activities.ComplianceSettings;
import dev.kizuna.platform.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The compliance page (managers: the ranking; everyone else: their own line and rank) and its settings. */
@Controller
class ComplianceController {

    private final Compliance compliance;

    ComplianceController(Compliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/compliance")
    String page(@RequestParam(required = false) String period, Model model) {
        CompliancePeriod p = period == null || period.isBlank()
                ? CompliancePeriod.month(YearMonth.now(ActivityStats.BUSINESS_ZONE)) : CompliancePeriod.parse(period);
        boolean manager = CurrentActor.hasRole("MANAGER");
        model.addAttribute("period", p);
        model.addAttribute("month", YearMonth.from(p.from()).toString());
        model.addAttribute("manager", manager);
        model.addAttribute("lines", compliance.visibleLines(p));
        model.addAttribute("settings", compliance.settings());
        model.addAttribute("today", LocalDate.now(ActivityStats.BUSINESS_ZONE));
        return "activities/compliance";
    }

    @GetMapping("/admin/compliance")
    String settings(Model model) {
        model.addAttribute("settings", compliance.settings());
        return "activities/compliance-settings";
    }

    @PostMapping("/admin/compliance")
    String save(@RequestParam int lateAfterHours, @RequestParam int dormantDays, @RequestParam int weightComplete,
            @RequestParam int weightOnTime, @RequestParam int weightActive, @RequestParam int weightFollowUp,
            @RequestParam long version, RedirectAttributes redirect) {
        compliance.updateSettings(new ComplianceSettings(lateAfterHours, dormantDays, weightComplete, weightOnTime,
                weightActive, weightFollowUp, version));
        Flash.success(redirect, "compliance.settings.saved");
        return "redirect:/admin/compliance";
    }
}
