package dev.kizuna.activities.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.ActivityOptions;
import dev.kizuna.activities.ActivityTemplate;
import dev.kizuna.activities.Attachments;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging an activity in seconds (quick entry, built for a phone and one thumb), changing or deleting it, the
 * rep's follow-ups, and the next pages of a customer's timeline.
 */
@Controller
class ActivitiesController {

    private final Activities activities;
    private final ActivityOptions options;
    private final Companies companies;
    private final Contacts contacts;
    private final FormErrors formErrors;
    private final Attachments attachments;
    private final TimelinePanel timelinePanel;

    ActivitiesController(Activities activities, ActivityOptions options, TimelinePanel timelinePanel,
            Companies companies, Contacts contacts, FormErrors formErrors, Attachments attachments) {
        this.timelinePanel = timelinePanel;
        this.attachments = attachments;
        this.activities = activities;
        this.options = options;
        this.companies = companies;
        this.contacts = contacts;
        this.formErrors = formErrors;
    }

    @GetMapping("/activities/new")
    String newActivity(@RequestParam(required = false) UUID companyId, @RequestParam(required = false) UUID contactId,
            @RequestParam(required = false) String kind, @RequestParam(required = false) UUID dealId, Model model) {
        UUID phone = options.of(ActivityOption.CHANNEL, false).stream().filter(ActivityOption::call).findFirst()
                .map(ActivityOption::id).orElse(null);
        return form(model, ActivityForm.blank(kind, companyId, contactId, phone, dealId), null);
    }

    @PostMapping("/activities/new")
    String create(@ModelAttribute("form") ActivityForm form, BindingResult binding,
            @RequestParam(required = false) List<MultipartFile> attachments, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, binding, () -> {
            List<MultipartFile> files = checked(attachments);
            Activity logged = activities.log(draft(form));
            attach(logged, files);
            Flash.success(redirect, logged.note() ? "activities.noteSaved" : "activities.logged", logged.companyName());
            return logged.dealId() != null ? "redirect:/deals/" + logged.dealId() : "redirect:/customers/" + logged.companyId();
        }, () -> form(model, form, null));
    }

    @GetMapping("/activities/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Activity activity = activities.find(id);
        return form(model, ActivityForm.of(activity, zone()), activity);
    }

    @PostMapping("/activities/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") ActivityForm form, BindingResult binding,
            @RequestParam(required = false) List<MultipartFile> attachments, Model model, RedirectAttributes redirect) {
        Activity activity = activities.find(id);
        return formErrors.saveVersioned(model, binding, () -> {
            List<MultipartFile> files = checked(attachments);
            Activity updated = activities.update(id, form.version() == null ? -1 : form.version(), draft(form));
            attach(updated, files);
            Flash.success(redirect, "activities.updated", updated.companyName());
            return "redirect:/customers/" + updated.companyId();
        }, () -> form(model, form, activity));
    }

    @PostMapping("/activities/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Activity activity = activities.find(id);
        activities.delete(id, version);
        Flash.success(redirect, "activities.deleted", activity.companyName());
        return "redirect:/customers/" + activity.companyId();
    }

    @GetMapping("/activities/follow-ups")
    String followUps(Model model) {
        model.addAttribute("followUps", activities.myFollowUps(200));
        model.addAttribute("today", java.time.LocalDate.now(zone()));
        return "activities/follow-ups";
    }

    @PostMapping("/activities/{id}/follow-up-done")
    String followUpDone(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Activity done = activities.completeFollowUp(id, version);
        Flash.success(redirect, "activities.followUpDone", done.followUpAction());
        return "redirect:/activities/follow-ups";
    }

    /** Customers found by name, furigana or phone for quick entry (htmx). */
    @GetMapping("/activities/customers")
    String findCustomers(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("found", q.isBlank() ? List.of()
                : companies.list(CompanyFilter.search(q), PageQuery.first(8)).items());
        return "activities/form :: found";
    }

    /** The next page of a customer's timeline (htmx, "more"). */
    @GetMapping("/customers/{companyId}/timeline")
    String timelinePage(@PathVariable UUID companyId, @RequestParam(required = false) UUID contactId,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) String cursor,
            Model model) {
        model.addAttribute("panelModel", timelinePanel.model(companyId, contactId, kind == null ? List.of() : kind, cursor));
        return "activities/timeline-panel :: entries";
    }

    /**
     * A photo or PDF under the name it was uploaded with: shown in the browser only when its bytes are an image or a
     * PDF, downloaded otherwise.
     */
    @GetMapping("/attachments/{id}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> attachment(@PathVariable UUID id) {
        var file = attachments.find(id);
        return dev.kizuna.platform.files.StoredFileResponse.of(attachments.content(id), file.contentType(),
                file.fileName(), file.sizeBytes(), true);
    }

    /** The files sent with the form that are files at all, each checked (its first bytes too) before anything is written. */
    private static List<MultipartFile> checked(List<MultipartFile> sent) {
        List<MultipartFile> files = sent == null ? List.of() : sent.stream().filter(f -> !f.isEmpty()).toList();
        Attachments.checkCount(files.size());
        for (MultipartFile f : files) {
            try (var in = f.getInputStream()) {
                Attachments.check(f.getOriginalFilename(), f.getContentType(), f.getSize(),
                        in.readNBytes(dev.kizuna.platform.files.FileSniffer.HEAD));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return files;
    }

    private void attach(Activity activity, List<MultipartFile> files) {
        for (MultipartFile f : files) {
            try (var in = f.getInputStream()) {
                attachments.add(activity.id(), f.getOriginalFilename(), f.getContentType(), f.getSize(), in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private dev.kizuna.activities.ActivityDraft draft(ActivityForm form) {
        String body = form.templateId() == null ? null : options.templates(null).stream()
                .filter(t -> t.id().equals(form.templateId())).map(ActivityTemplate::body).findFirst().orElse(null);
        boolean call = options.find(form.channelId()).map(ActivityOption::call).orElse(false);
        return form.toDraft(zone(), body, call);
    }

    private String form(Model model, ActivityForm form, Activity activity) {
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("channels", options.of(ActivityOption.CHANNEL, false));
        model.addAttribute("types", options.of(ActivityOption.TYPE, false));
        model.addAttribute("templates", options.templates(null));
        model.addAttribute("company", form.companyId() == null ? null : companies.findOrNull(form.companyId()));
        model.addAttribute("contacts", form.companyId() == null ? List.of() : contacts.forCompany(form.companyId()));
        model.addAttribute("recent", form.companyId() == null ? activities.myRecentCustomers(6) : List.of());
        model.addAttribute("mayChange", activity == null || activities.mayChange(activity.id()));
        model.addAttribute("attachments", activity == null ? List.of() : attachments.of(activity.id()));
        return "activities/form";
    }

    private static ZoneId zone() {
        return CurrentActor.get().map(a -> a.zoneId()).orElse(ZoneId.of("Asia/Tokyo"));
    }

}
