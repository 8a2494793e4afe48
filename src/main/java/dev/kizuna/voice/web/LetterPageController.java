package dev.kizuna.voice.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.voice.Letter;
import dev.kizuna.voice.LetterResearch;
import dev.kizuna.voice.LetterScans;
import dev.kizuna.voice.Letters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One postcard (/voice/letters/{id}): the postcard (with its scanned pictures) and the research panel beside the
 * writing area, the three outputs under their timers, submitting to the department head, the head's decision, and
 * marking the reply sent.
 */
@Controller
class LetterPageController {

    private final Letters letters;
    private final LetterResearch research;
    private final LetterScans scans;
    private final FormErrors formErrors;
    private final FieldMessages fieldMessages;

    LetterPageController(Letters letters, LetterResearch research, LetterScans scans, FormErrors formErrors,
            FieldMessages fieldMessages) {
        this.letters = letters;
        this.scans = scans;
        this.research = research;
        this.formErrors = formErrors;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/voice/letters/{id}")
    String show(@PathVariable UUID id, Model model) {
        fill(letters.find(id), model);
        return "voice/letter";
    }

    private void fill(Letter l, Model model) {
        UUID me = CurrentActor.idOrNull();
        boolean mine = me != null && me.equals(l.assigneeId());
        model.addAttribute("letter", l);
        model.addAttribute("panel", research.of(l.companyId(), letters.today()));
        model.addAttribute("scan", scans.ofLetter(l).orElse(null));
        model.addAttribute("reviews", letters.reviews(l.id()));
        model.addAttribute("now", letters.now());
        model.addAttribute("outputs", Letter.OUTPUTS);
        model.addAttribute("targets", java.util.Map.of("reply", 30, "copies", 15, "rough", 15));
        model.addAttribute("canWrite", mine && List.of("writing", "returned").contains(l.status()));
        model.addAttribute("mine", mine);
    }

    @PostMapping("/voice/letters/{id}")
    String write(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reply,
            @RequestParam(required = false) String copy1, @RequestParam(required = false) String copy2,
            @RequestParam(required = false) String copy3, @RequestParam(required = false) String rough,
            @RequestParam(required = false) String researched, @RequestParam(required = false) String then,
            Model model, RedirectAttributes redirect) {
        try {
            letters.write(id, version, reply, List.of(n(copy1), n(copy2), n(copy3)), rough, researched != null);
            if ("submit".equals(then)) {
                letters.submit(id);
                Flash.success(redirect, "voice.letter.flash.submitted");
            } else {
                Flash.success(redirect, "voice.letter.flash.saved");
            }
            return "redirect:/voice/letters/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        fill(letters.find(id), model);
        return "voice/letter";
    }

    @PostMapping("/voice/letters/{id}/timer")
    String timer(@PathVariable UUID id, @RequestParam String output, @RequestParam String action,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> letters.timer(id, output, "start".equals(action)), null);
    }

    @PostMapping("/voice/letters/{id}/release")
    String release(@PathVariable UUID id, RedirectAttributes redirect) {
        act(id, redirect, () -> letters.release(id), "voice.letter.flash.released");
        return "redirect:/voice/letters";
    }

    @PostMapping("/voice/letters/{id}/review")
    String review(@PathVariable UUID id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, () -> letters.review(id, decision, comment), "voice.letter.flash." + decision);
    }

    @PostMapping("/voice/letters/{id}/sent")
    String sent(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> letters.markSent(id), "voice.letter.flash.sent");
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Flash.success(redirect, done);
            }
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.letter.flash.refused", fieldMessages.of(e.problems()).getFirst().message());
        }
        return "redirect:/voice/letters/" + id;
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
