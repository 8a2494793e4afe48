package dev.kizuna.voice.web;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.voice.LetterDeskHead;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator names the reply desk's manager (who hears about overdue postcards) on the desk's page. */
@Controller
class LetterManagerController {

    private final LetterDeskHead manager;
    private final FieldMessages fieldMessages;

    LetterManagerController(LetterDeskHead manager, FieldMessages fieldMessages) {
        this.manager = manager;
        this.fieldMessages = fieldMessages;
    }

    @PostMapping("/voice/letters/manager")
    String name(@RequestParam(required = false) String managerId, RedirectAttributes redirect) {
        try {
            manager.name(ApiValues.optionalId("managerId", managerId));
            Flash.success(redirect, "voice.letter.flash.manager");
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.letter.flash.managerRefused",
                    fieldMessages.of(e.problems()).getFirst().message());
        }
        return "redirect:/voice/letters";
    }
}
