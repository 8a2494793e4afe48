package dev.kizuna.marketing.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.kizuna.marketing.Campaign;
import dev.kizuna.marketing.CampaignDraft;
import dev.kizuna.marketing.Campaigns;
import dev.kizuna.marketing.EmailTemplates;
import dev.kizuna.marketing.Segments;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.i18n.Formats;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaigns on the web: the list by status, the form (a template to a segment, now or at a time), a campaign's page
 * with its progress (refreshed by htmx while it goes out) and failures, the confirmation before sending that says how
 * many opted-in customers will get it, and cancelling (asked first, audited by the service).
 */
@Controller
class CampaignPages {

    private static final int CHOICES = 200;
    private static final int FAILURES = 50;

    private final Campaigns campaigns;
    private final EmailTemplates templates;
    private final Segments segments;
    private final Formats fmt;
    private final FormErrors formErrors;

    CampaignPages(Campaigns campaigns, EmailTemplates templates, Segments segments, Formats fmt,
            FormErrors formErrors) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.segments = segments;
        this.fmt = fmt;
        this.formErrors = formErrors;
    }

    record CampaignForm(String name, String templateId, String segmentId, String scheduledAt) {
    }

    @GetMapping("/marketing")
    String start() {
        return "redirect:/marketing/campaigns";
    }

    @GetMapping("/marketing/campaigns")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            Model model) {
        String s = status != null && Campaigns.STATUSES.contains(status) ? status : null;
        model.addAttribute("campaigns", campaigns.list(s, PageQuery.of(50, cursor)));
        model.addAttribute("status", s);
        model.addAttribute("statuses", Campaigns.STATUSES);
        return "marketing/campaigns";
    }

    @GetMapping("/marketing/campaigns/new")
    String form(@RequestParam(required = false) String segmentId, Model model) {
        MarketingAccess.requireMember();
        return form(model, new CampaignForm("", null, segmentId, ""));
    }

    @PostMapping("/marketing/campaigns/new")
    String create(CampaignForm f, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Campaign c = campaigns.create(new CampaignDraft(f.name(), id("templateId", f.templateId()),
                    id("segmentId", f.segmentId()), time("scheduledAt", f.scheduledAt())));
            Flash.success(redirect, "marketing.flash.saved", c.name());
            return "redirect:/marketing/campaigns/" + c.id();
        }, () -> form(model, f));
    }

    @GetMapping("/marketing/campaigns/{id}")
    String page(@PathVariable UUID id, Model model) {
        Campaign c = campaigns.find(id);
        model.addAttribute("campaign", c);
        progress(c, model);
        model.addAttribute("failures", campaigns.recipients(id, "failed", PageQuery.first(FAILURES)).items());
        return "marketing/campaign";
    }

    /** The counts alone, which the page polls while the campaign is going out. */
    @GetMapping("/marketing/campaigns/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        progress(campaigns.find(id), model);
        return "marketing/campaign :: progress";
    }

    /** The question before sending: how many customers who accept e-mail will get it. */
    @GetMapping("/marketing/campaigns/{id}/send")
    String confirm(@PathVariable UUID id, Model model) {
        MarketingAccess.requireMember();
        Campaign c = campaigns.find(id);
        model.addAttribute("campaign", c);
        model.addAttribute("reachable", campaigns.reachableNow(id));
        model.addAttribute("members", segments.count(c.segmentId()));
        return "marketing/campaign-send";
    }

    @PostMapping("/marketing/campaigns/{id}/send")
    String send(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return formErrors.saveVersioned(model, () -> {
            Campaign c = campaigns.sendNow(id, version);
            Flash.success(redirect, "marketing.flash.sending", c.name(), c.recipients());
            return "redirect:/marketing/campaigns/" + id;
        }, () -> page(id, model));
    }

    @PostMapping("/marketing/campaigns/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return formErrors.saveVersioned(model, () -> {
            Campaign c = campaigns.cancel(id, version);
            Flash.success(redirect, "marketing.flash.cancelled", c.name());
            return "redirect:/marketing/campaigns/" + id;
        }, () -> page(id, model));
    }

    private void progress(Campaign c, Model model) {
        model.addAttribute("campaign", c);
        model.addAttribute("progress", campaigns.progress(c.id()));
    }

    private String form(Model model, CampaignForm f) {
        model.addAttribute("form", f);
        model.addAttribute("templates", templates.list(PageQuery.first(CHOICES)).items());
        model.addAttribute("segments", segments.list(PageQuery.first(CHOICES)).items());
        return "marketing/campaign-form";
    }

    private static UUID id(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(FieldProblem.of(field, "TypeMismatch"));
        }
    }

    private Instant time(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip()).atZone(fmt.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "TypeMismatch"));
        }
    }
}
