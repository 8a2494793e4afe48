package dev.kizuna.marketing.web;

import java.util.UUID;

import dev.kizuna.marketing.EmailTemplates;
import dev.kizuna.marketing.Segments;
import dev.kizuna.marketing.StepSequence;
import dev.kizuna.marketing.StepSequences;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.StaleVersionException;
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
 * Creating and changing step e-mails on the web with the same service as the API: the editor (trigger, segment and
 * step rows; what was typed stays on an error; a stale version says someone else saved first), and stopping,
 * restarting and deleting (the page asks before stopping or deleting).
 */
@Controller
class SequenceEditor {

    private final StepSequences sequences;
    private final EmailTemplates templates;
    private final Segments segments;
    private final FormErrors formErrors;
    private final SequencePages pages;

    SequenceEditor(StepSequences sequences, EmailTemplates templates, Segments segments, FormErrors formErrors,
            SequencePages pages) {
        this.sequences = sequences;
        this.templates = templates;
        this.segments = segments;
        this.formErrors = formErrors;
        this.pages = pages;
    }

    @GetMapping("/marketing/sequences/new")
    String form(Model model) {
        MarketingAccess.requireMember();
        return form(model, null, SequenceForm.empty());
    }

    @PostMapping("/marketing/sequences/new")
    String create(HttpServletRequest request, Model model, RedirectAttributes redirect) {
        SequenceForm f = SequenceForm.of(request.getParameterMap());
        if (request.getParameter("more") != null) {
            return form(model, null, f);
        }
        return formErrors.save(model, () -> {
            StepSequence q = sequences.create(f.draft());
            Flash.success(redirect, "marketing.flash.saved", q.name());
            return "redirect:/marketing/sequences/" + q.id();
        }, () -> form(model, null, f));
    }

    @GetMapping("/marketing/sequences/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        MarketingAccess.requireMember();
        StepSequence q = sequences.find(id);
        return form(model, q, SequenceForm.of(q));
    }

    @PostMapping("/marketing/sequences/{id}/edit")
    String change(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        SequenceForm f = SequenceForm.of(request.getParameterMap());
        if (request.getParameter("more") != null) {
            return form(model, sequences.find(id), f);
        }
        return formErrors.saveVersioned(model, () -> {
            StepSequence q = sequences.replace(id, version, f.draft());
            Flash.success(redirect, "marketing.flash.saved", q.name());
            return "redirect:/marketing/sequences/" + id;
        }, () -> form(model, sequences.find(id), f));
    }

    /** Stops the sequence and everyone going through it (asked first on the page). */
    @PostMapping("/marketing/sequences/{id}/stop")
    String stop(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return switchTo(id, version, false, model, redirect);
    }

    @PostMapping("/marketing/sequences/{id}/restart")
    String restart(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return switchTo(id, version, true, model, redirect);
    }

    @PostMapping("/marketing/sequences/{id}/delete")
    String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        StepSequence q = sequences.find(id);
        try {
            sequences.delete(id);
        } catch (RecordInUseException e) {
            formErrors.show(model, e.problems());
            return pages.page(id, model);
        }
        Flash.success(redirect, "marketing.flash.deleted", q.name());
        return "redirect:/marketing/sequences";
    }

    private String switchTo(UUID id, long version, boolean active, Model model, RedirectAttributes redirect) {
        try {
            StepSequence q = active ? sequences.restart(id, version) : sequences.stop(id, version);
            Flash.success(redirect, active ? "marketing.flash.restarted" : "marketing.flash.stopped", q.name());
            return "redirect:/marketing/sequences/" + id;
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return pages.page(id, model);
        }
    }

    private String form(Model model, StepSequence sequence, SequenceForm f) {
        model.addAttribute("sequence", sequence);
        model.addAttribute("form", f);
        model.addAttribute("triggers", StepSequence.TRIGGERS);
        model.addAttribute("templates", templates.list(PageQuery.first(PageQuery.MAX_LIMIT)).items());
        model.addAttribute("segments", segments.list(PageQuery.first(PageQuery.MAX_LIMIT)).items());
        return "marketing/sequence-form";
    }
}
