package dev.kizuna.sales.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.LostReason;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.Stage;
import dev.kizuna.sales.OrderMilestone;
import dev.kizuna.sales.StageDraft;
import dev.kizuna.sales.StageKind;
import dev.kizuna.sales.StalledDeals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the pipelines and their stages, the lost reasons, and when a deal counts as idle. A new
 * pipeline starts with an open, a won and a lost stage, to rename and extend.
 */
@Controller
class PipelinesController {

    private final Pipelines pipelines;
    private final StalledDeals stalled;
    private final FormErrors formErrors;

    PipelinesController(Pipelines pipelines, StalledDeals stalled, FormErrors formErrors) {
        this.pipelines = pipelines;
        this.stalled = stalled;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/pipelines")
    String page(Model model) {
        model.addAttribute("pipelines", pipelines.list(true));
        model.addAttribute("setting", stalled.setting());
        return "sales/pipelines";
    }

    @PostMapping("/admin/pipelines")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String nameEn,
            Model model, RedirectAttributes redirect) {
        try {
            Pipeline created = pipelines.create(name, nameEn, List.of(
                    new StageDraft("問い合わせ", "Inquiry", StageKind.OPEN, 10, null),
                    new StageDraft("受注", "Won", StageKind.WON, 100, null),
                    new StageDraft("失注", "Lost", StageKind.LOST, 0, null)));
            Flash.success(redirect, "sales.flash.pipelineCreated", created.name());
            return "redirect:/admin/pipelines/" + created.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("name", name);
            model.addAttribute("nameEn", nameEn);
            return page(model);
        }
    }

    @PostMapping("/admin/pipelines/settings")
    String settings(@RequestParam(required = false) Integer idleBusinessDays, @RequestParam long version,
            Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            stalled.changeSetting(idleBusinessDays, version);
            Flash.success(redirect, "sales.flash.settingsSaved");
            return "redirect:/admin/pipelines";
        }, () -> page(model));
    }

    @GetMapping("/admin/pipelines/{id}")
    String pipeline(@PathVariable UUID id, Model model) {
        model.addAttribute("pipeline", pipelines.find(id));
        model.addAttribute("kinds", StageKind.values());
        model.addAttribute("milestones", OrderMilestone.values());
        return "sales/pipeline";
    }

    @PostMapping("/admin/pipelines/{id}")
    String rename(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "false") boolean retired,
            Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Pipeline p = pipelines.update(id, version, name, nameEn, retired);
            Flash.success(redirect, "sales.flash.saved", p.name());
            return "redirect:/admin/pipelines/" + id;
        }, () -> pipeline(id, model));
    }

    @PostMapping("/admin/pipelines/{id}/stages")
    String addStage(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(required = false) StageKind kind,
            @RequestParam(required = false) Integer winProbability, @RequestParam(required = false) Integer maxDays,
            @RequestParam(required = false) OrderMilestone reachedOn, Model model, RedirectAttributes redirect) {
        try {
            Stage s = pipelines.addStage(id, new StageDraft(name, nameEn, kind, winProbability, maxDays, reachedOn));
            Flash.success(redirect, "sales.flash.stageAdded", s.name());
            return "redirect:/admin/pipelines/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("failedStage", "new");
            return pipeline(id, model);
        }
    }

    @PostMapping("/admin/pipelines/{id}/stages/{stageId}")
    String updateStage(@PathVariable UUID id, @PathVariable UUID stageId, @RequestParam long version,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String nameEn,
            @RequestParam(required = false) StageKind kind, @RequestParam(required = false) Integer winProbability,
            @RequestParam(required = false) Integer maxDays, @RequestParam(required = false) OrderMilestone reachedOn,
            @RequestParam(defaultValue = "false") boolean retired, Model model, RedirectAttributes redirect) {
        try {
            Stage s = pipelines.updateStage(stageId, version,
                    new StageDraft(name, nameEn, kind, winProbability, maxDays, reachedOn), retired);
            Flash.success(redirect, "sales.flash.saved", s.name());
            return "redirect:/admin/pipelines/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("failedStage", stageId.toString());
            return pipeline(id, model);
        }
    }

    @PostMapping("/admin/pipelines/{id}/stages/{stageId}/move")
    String moveStage(@PathVariable UUID id, @PathVariable UUID stageId, @RequestParam int direction) {
        pipelines.moveStage(stageId, direction);
        return "redirect:/admin/pipelines/" + id;
    }

    @GetMapping("/admin/lost-reasons")
    String lostReasons(Model model) {
        model.addAttribute("reasons", pipelines.lostReasons(true));
        return "sales/lost-reasons";
    }

    @PostMapping("/admin/lost-reasons")
    String addLostReason(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String nameEn,
            Model model, RedirectAttributes redirect) {
        try {
            LostReason r = pipelines.addLostReason(name, nameEn);
            Flash.success(redirect, "sales.flash.lostReasonAdded", r.name());
            return "redirect:/admin/lost-reasons";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("name", name);
            return lostReasons(model);
        }
    }

    @PostMapping("/admin/lost-reasons/{id}/retired")
    String retireLostReason(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean retired) {
        pipelines.setLostReasonRetired(id, version, retired);
        return "redirect:/admin/lost-reasons";
    }
}
