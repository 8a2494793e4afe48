package dev.kizuna.work.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.work.PlaybookRun;
import dev.kizuna.work.Playbooks;
import dev.kizuna.work.Tasks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Playbook runs: the run list with its errors view ({@code status=failed}), one run with its actions (pause, resume,
 * retry, skip, cancel), and starting a playbook on a customer (the button on the customer page).
 */
@Controller
class PlaybookRunsController {

    private final Playbooks playbooks;
    private final Tasks tasks;
    private final Companies companies;
    private final FormErrors formErrors;

    PlaybookRunsController(Playbooks playbooks, Tasks tasks, Companies companies, FormErrors formErrors) {
        this.playbooks = playbooks;
        this.tasks = tasks;
        this.companies = companies;
        this.formErrors = formErrors;
    }

    @GetMapping({"/playbook-runs", "/playbooks/errors"})
    String runs(@RequestParam(required = false) String status, @RequestParam(required = false) UUID playbookId,
            @RequestParam(required = false) UUID companyId, @RequestParam(required = false) String cursor,
            HttpServletRequest request, Model model) {
        if (request.getRequestURI().endsWith("/errors")) {
            status = "failed";
        }
        try {
            model.addAttribute("page", playbooks.runs(new Playbooks.RunFilter(status, playbookId, companyId),
                    PageQuery.of(50, cursor)));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("page", new CursorPage<PlaybookRun>(List.of(), null));
        }
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("playbookId", playbookId);
        model.addAttribute("companyId", companyId);
        var company = companyId == null ? null : companies.findOrNull(companyId);
        model.addAttribute("customerName", company == null ? "" : company.name());
        model.addAttribute("playbooks", playbooks.list());
        model.addAttribute("statuses", List.of("open", "running", "waiting", "paused", "failed", "done", "cancelled"));
        return "work/playbook-runs";
    }

    @GetMapping("/playbook-runs/{id}")
    String run(@PathVariable UUID id, Model model) {
        PlaybookRun run = playbooks.run(id);
        model.addAttribute("run", run);
        model.addAttribute("history", playbooks.history(id));
        model.addAttribute("steps", playbooks.steps(id));
        if (run.taskId() != null) {
            try {
                model.addAttribute("task", tasks.find(run.taskId()));
            } catch (NotFoundException e) {
                model.addAttribute("task", null);
            }
        }
        return "work/playbook-run";
    }

    @PostMapping("/playbook-runs/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "pause" -> playbooks.pause(id, version);
                case "resume", "retry" -> playbooks.resume(id, version);
                case "skip" -> playbooks.skip(id, version, reason);
                case "cancel" -> playbooks.cancel(id, version, reason);
                default -> throw new NotFoundException("playbook-run-action", id);
            }
            Flash.success(redirect, "work.flash.run." + action);
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "work.flash.runStale");
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "skip".equals(action) ? "work.flash.runReasonNeeded" : "work.flash.runNotNow");
        }
        return "redirect:/playbook-runs/" + id;
    }

    /** Starts a playbook by hand on a customer (and deal) — the button on the customer page. */
    @PostMapping("/playbook-runs/start")
    String start(@RequestParam(required = false) UUID playbookId, @RequestParam UUID companyId,
            @RequestParam(required = false) UUID dealId, RedirectAttributes redirect) {
        if (playbookId == null) {
            Flash.warning(redirect, "work.flash.choosePlaybook");
            return dealId != null ? "redirect:/deals/" + dealId : "redirect:/customers/" + companyId;
        }
        try {
            PlaybookRun run = playbooks.start(playbookId, companyId, dealId);
            Flash.success(redirect, "work.flash.runStarted", run.playbookName());
            return "redirect:/playbook-runs/" + run.id();
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.runNotStarted");
            return dealId != null ? "redirect:/deals/" + dealId : "redirect:/customers/" + companyId;
        }
    }
}
