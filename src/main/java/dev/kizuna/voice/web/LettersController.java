package dev.kizuna.voice.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.voice.Letter;
import dev.kizuna.voice.LetterDeskHead;
import dev.kizuna.voice.LetterDraft;
import dev.kizuna.voice.LetterFilter;
import dev.kizuna.voice.LetterScan;
import dev.kizuna.voice.LetterScans;
import dev.kizuna.voice.LetterSenders;
import dev.kizuna.voice.LetterWriters;
import dev.kizuna.voice.Letters;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The postcard reply desk (/voice/letters): the queue oldest due first, intake, claiming, the writers' figures. */
@Controller
class LettersController {

    private final Letters letters;
    private final LetterSenders senders;
    private final LetterScans scans;
    private final LetterWriters writers;
    private final LetterDeskHead manager;
    private final FieldMessages fieldMessages;

    LettersController(Letters letters, LetterSenders senders, LetterScans scans, LetterWriters writers,
            LetterDeskHead manager, FieldMessages fieldMessages) {
        this.letters = letters;
        this.scans = scans;
        this.manager = manager;
        this.senders = senders;
        this.writers = writers;
        this.fieldMessages = fieldMessages;
    }

    /**
     * {@code show}: open (default), today (due by today), mine, unassigned, overdue, sent or all; one customer's.
     * {@code scan}: a postcard just scanned, whose read text fills the intake form and whose likely senders are offered.
     */
    @GetMapping("/voice/letters")
    String desk(@RequestParam(required = false) String show, @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String find,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID scan, HttpServletRequest request, Model model) {
        String view = show == null || show.isBlank() ? (Boolean.TRUE.equals(overdue) ? "overdue" : "open") : show;
        LocalDate today = letters.today();
        LetterFilter filter = switch (view) {
            case "today" -> new LetterFilter("open", null, false, null, today, null, null);
            case "mine" -> new LetterFilter("open", CurrentActor.idOrNull(), false, null, null, null, null);
            case "unassigned" -> new LetterFilter("open", null, true, null, null, null, null);
            case "overdue" -> new LetterFilter("open", null, false, true, null, null, null);
            case "sent" -> new LetterFilter("sent", null, false, null, null, null, null);
            case "all" -> new LetterFilter(null, null, false, null, null, null, null);
            default -> LetterFilter.open();
        };
        if (companyId != null) {
            filter = new LetterFilter(filter.status(), filter.assigneeId(), filter.unassigned(), filter.overdue(),
                    filter.dueBy(), null, companyId);
        }
        model.addAttribute("page", letters.list(filter, PageQuery.of(30, cursor)));
        model.addAttribute("show", view);
        model.addAttribute("shows", java.util.List.of("open", "today", "mine", "unassigned", "overdue", "sent", "all"));
        model.addAttribute("now", letters.now());
        model.addAttribute("today", today);
        model.addAttribute("me", CurrentActor.idOrNull());
        model.addAttribute("companyId", companyId);
        model.addAttribute("query", UriComponentsBuilder.newInstance().queryParam("show", view)
                .queryParam("companyId", companyId == null ? "" : companyId).build().getQuery());
        if (!Htmx.isHtmx(request)) {
            model.addAttribute("find", find == null ? "" : find);
            LetterScan scanned = scan == null ? null : scans.find(scan);
            boolean intakeScan = scanned != null && scanned.letterId() == null;
            model.addAttribute("scan", intakeScan ? scanned : null);
            model.addAttribute("readingAvailable", scans.readingAvailable());
            model.addAttribute("senders", intakeScan && (find == null || find.isBlank()) ? scans.suggestions(scanned)
                    : senders.find(find));
            model.addAttribute("writers", writers.today());
            model.addAttribute("managerNamed", writers.managerNamed());
            model.addAttribute("alerted", manager.recipients());
            model.addAttribute("managerId", manager.named().orElse(null));
            if (CurrentActor.hasRole("ADMIN")) {
                model.addAttribute("managerChoices", manager.candidates());
            }
            model.addAttribute("kinds", Letter.KINDS);
        }
        return Htmx.pageOr(request, "voice/letters", "rows");
    }

    @PostMapping("/voice/letters")
    String intake(@RequestParam(required = false) String companyId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String receivedOn, @RequestParam(required = false) String body,
            @RequestParam(required = false) String scanId, RedirectAttributes redirect) {
        try {
            LocalDate received = ApiValues.date("receivedOn", receivedOn);
            Letter l = letters.intake(new LetterDraft(kind, ApiValues.optionalId("companyId", companyId), null,
                    received, body, ApiValues.optionalId("scanId", scanId)));
            Flash.success(redirect, "voice.letter.flash.received", l.companyName());
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.letter.flash.notReceived", fieldMessages.of(e.problems()).getFirst().message());
            if (scanId != null && !scanId.isBlank()) {
                return "redirect:/voice/letters?scan=" + ApiValues.optionalId("scanId", scanId) + "#intake";
            }
        }
        return "redirect:/voice/letters";
    }

    @PostMapping("/voice/letters/{id}/claim")
    String claim(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            letters.claim(id);
            return "redirect:/voice/letters/" + id;
        } catch (RecordInUseException e) {
            Flash.warning(redirect, "voice.letter.flash.taken", fieldMessages.of(e.problems()).getFirst().message());
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.letter.flash.taken", fieldMessages.of(e.problems()).getFirst().message());
        }
        return "redirect:/voice/letters";
    }
}
