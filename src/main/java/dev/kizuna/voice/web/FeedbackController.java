package dev.kizuna.voice.web;

import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.voice.Feedback;
import dev.kizuna.voice.FeedbackDraft;
import dev.kizuna.voice.FeedbackFilter;
import dev.kizuna.voice.FeedbackItems;
import dev.kizuna.voice.FeedbackReplies;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The product team's view of customers' voices (/voice/feedback), an item's page, and logging from a customer page. */
@Controller
class FeedbackController {

    private final FeedbackItems items;
    private final FeedbackReplies replies;
    private final FormErrors formErrors;
    private final FieldMessages fieldMessages;

    FeedbackController(FeedbackItems items, FeedbackReplies replies, FormErrors formErrors,
            FieldMessages fieldMessages) {
        this.items = items;
        this.replies = replies;
        this.formErrors = formErrors;
        this.fieldMessages = fieldMessages;
    }

    private String first(RuleViolationException e) {
        return fieldMessages.of(e.problems()).getFirst().message();
    }

    @GetMapping("/voice/feedback")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            HttpServletRequest request, Model model) {
        String s = status == null ? "open" : status.isBlank() ? null : status;
        FeedbackFilter filter = new FeedbackFilter(s, blank(kind), null, null, null, null, blank(sort));
        try {
            model.addAttribute("page", items.list(filter, PageQuery.of(50, cursor)));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            filter = FeedbackFilter.none();
            model.addAttribute("page", items.list(filter, PageQuery.of(50, null)));
        }
        model.addAttribute("status", s == null ? "" : s);
        model.addAttribute("kind", filter.kind());
        model.addAttribute("sort", filter.sortOrDefault());
        model.addAttribute("kinds", Feedback.KINDS);
        model.addAttribute("statuses", Feedback.STATUSES);
        model.addAttribute("sorts", FeedbackFilter.SORTS);
        model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("status", s == null ? "" : s)
                .queryParam("kind", filter.kind() == null ? "" : filter.kind())
                .queryParam("sort", filter.sortOrDefault()).build().getQuery());
        return Htmx.pageOr(request, "voice/feedback-list", "rows");
    }

    @GetMapping("/voice/feedback/{id}")
    String show(@PathVariable UUID id, Model model) {
        fill(items.find(id), model);
        return "voice/feedback";
    }

    private void fill(Feedback item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("votes", items.votes(item.id()));
        model.addAttribute("statuses", Feedback.STATUSES);
        model.addAttribute("kinds", Feedback.KINDS);
        model.addAttribute("others", items.list(new FeedbackFilter("open", null, null, null, null, null, "votes"),
                PageQuery.first(50)).items().stream().filter(f -> !f.id().equals(item.id())).toList());
    }

    /** The small form on a customer's page. */
    @PostMapping("/voice/feedback")
    String log(@RequestParam UUID companyId, @RequestParam(required = false) String contactId,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String body,
            @RequestParam(required = false) String source, @RequestParam(required = false) String productArea,
            RedirectAttributes redirect) {
        try {
            items.log(new FeedbackDraft(kind, body, source, productArea, companyId,
                    ApiValues.optionalId("contactId", contactId), null));
            Flash.success(redirect, "voice.flash.logged");
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.flash.notLogged", first(e));
        }
        return "redirect:/customers/" + companyId + "#voice";
    }

    /** A customer's page: this customer says the same as an open item. */
    @PostMapping("/voice/feedback/vote")
    String sameAs(@RequestParam UUID feedbackId, @RequestParam UUID companyId, RedirectAttributes redirect) {
        return vote(feedbackId, companyId, null, "customer", redirect);
    }

    @PostMapping("/voice/feedback/{id}/votes")
    String vote(@PathVariable UUID id, @RequestParam UUID companyId, @RequestParam(required = false) String contactId,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            items.vote(id, companyId, ApiValues.optionalId("contactId", contactId));
            Flash.success(redirect, "voice.flash.voted");
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.flash.notLogged", first(e));
        }
        return "customer".equals(back) ? "redirect:/customers/" + companyId + "#voice" : "redirect:/voice/feedback/" + id;
    }

    @PostMapping("/voice/feedback/{id}")
    String update(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String status,
            @RequestParam(required = false) String statusReason, @RequestParam(required = false) String productArea,
            @RequestParam(required = false) String kind, Model model, RedirectAttributes redirect) {
        try {
            Feedback after = items.update(id, version, kind, null, productArea, status, statusReason);
            Flash.success(redirect, after.closed() ? "voice.flash.closed" : "voice.flash.saved");
            return "redirect:/voice/feedback/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        fill(items.find(id), model);
        return "voice/feedback";
    }

    @PostMapping("/voice/feedback/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam(required = false) String mergeId, Model model,
            RedirectAttributes redirect) {
        try {
            items.merge(id, ApiValues.optionalId("mergeId", mergeId));
            Flash.success(redirect, "voice.flash.merged");
            return "redirect:/voice/feedback/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        fill(items.find(id), model);
        return "voice/feedback";
    }

    @PostMapping("/voice/feedback/{id}/replies")
    String reply(@PathVariable UUID id, @RequestParam UUID companyId, RedirectAttributes redirect) {
        try {
            var sent = replies.send(id, companyId, null);
            Flash.success(redirect, "voice.flash.replied", sent.to());
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.flash.notReplied", first(e));
        }
        return "redirect:/voice/feedback/" + id;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
