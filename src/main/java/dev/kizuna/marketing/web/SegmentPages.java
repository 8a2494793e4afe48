package dev.kizuna.marketing.web;

import java.util.UUID;

import dev.kizuna.marketing.Segment;
import dev.kizuna.marketing.Segments;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.RuleViolationException;
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
 * Segments (セグメント) on the web: the list (name search, by name or latest changed, paged), the editor with its
 * condition rows, and the live count with the first members as conditions are typed (htmx).
 */
@Controller
class SegmentPages {

    private static final int PREVIEW_MEMBERS = 10;

    private final Segments segments;
    private final FormErrors formErrors;

    SegmentPages(Segments segments, FormErrors formErrors) {
        this.segments = segments;
        this.formErrors = formErrors;
    }

    @GetMapping("/marketing/segments")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, Model model) {
        String s = sort != null && Segments.SORTS.contains(sort) ? sort : "name";
        model.addAttribute("segments", segments.list(q, s, PageQuery.of(50, cursor)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", s);
        model.addAttribute("sorts", Segments.SORTS);
        return "marketing/segments";
    }

    /** The count of one segment on the list, loaded as its row comes into view. */
    @GetMapping("/marketing/segments/{id}/count")
    String count(@PathVariable UUID id, Model model) {
        model.addAttribute("count", segments.count(id));
        model.addAttribute("reachable", segments.reachable(id));
        return "marketing/segments :: count";
    }

    @GetMapping("/marketing/segments/new")
    String form(Model model) {
        MarketingAccess.requireMember();
        return form(model, null, SegmentForm.empty());
    }

    @PostMapping("/marketing/segments/new")
    String create(HttpServletRequest request, Model model, RedirectAttributes redirect) {
        SegmentForm f = SegmentForm.of(request.getParameterMap());
        if (request.getParameter("more") != null) {
            return form(model, null, f);
        }
        return formErrors.save(model, () -> {
            Segment s = segments.create(f.draft());
            Flash.success(redirect, "marketing.flash.saved", s.name());
            return "redirect:/marketing/segments/" + s.id();
        }, () -> form(model, null, f));
    }

    @GetMapping("/marketing/segments/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Segment s = segments.find(id);
        return form(model, s, SegmentForm.of(s));
    }

    @PostMapping("/marketing/segments/{id}")
    String change(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        SegmentForm f = SegmentForm.of(request.getParameterMap());
        if (request.getParameter("more") != null) {
            return form(model, segments.find(id), f);
        }
        return formErrors.saveVersioned(model, () -> {
            Segment s = segments.change(id, version, f.draft());
            Flash.success(redirect, "marketing.flash.saved", s.name());
            return "redirect:/marketing/segments/" + id;
        }, () -> form(model, segments.find(id), f));
    }

    @PostMapping("/marketing/segments/{id}/delete")
    String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Segment s = segments.find(id);
        try {
            segments.delete(id);
        } catch (RecordInUseException e) {
            formErrors.show(model, e.problems());
            return form(model, s, SegmentForm.of(s));
        }
        Flash.success(redirect, "marketing.flash.deleted", s.name());
        return "redirect:/marketing/segments";
    }

    /** The editor's live count and first members for the conditions as typed (not saved). */
    @PostMapping("/marketing/segments/preview")
    String preview(HttpServletRequest request, Model model) {
        SegmentForm f = SegmentForm.of(request.getParameterMap());
        try {
            model.addAttribute("count", segments.count(f.conditions()));
            model.addAttribute("reachable", segments.reachable(f.conditions()));
            model.addAttribute("members", segments.members(f.conditions(), PageQuery.first(PREVIEW_MEMBERS)).items());
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        return "marketing/segment-form :: preview";
    }

    private String form(Model model, Segment segment, SegmentForm f) {
        model.addAttribute("segment", segment);
        model.addAttribute("form", f);
        model.addAttribute("fields", segments.fields());
        model.addAttribute("ops", SegmentForm.OPS);
        return "marketing/segment-form";
    }
}
