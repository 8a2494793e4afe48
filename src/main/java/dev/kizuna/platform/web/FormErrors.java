package dev.kizuna.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.FieldMessage;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts translated field errors on a form's model as {@code errors} (field → message), the same sentences
 * the API returns. Templates show them with the {@code fragments/form} field fragments.
 */
@Component
public class FormErrors {

    private final FieldMessages messages;

    FormErrors(FieldMessages messages) {
        this.messages = messages;
    }

    public void show(Model model, List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldMessage m : messages.of(problems)) {
            errors.putIfAbsent(m.field(), m.message());
        }
        model.addAttribute("errors", errors);
    }

    /** @return true when binding failed (a number field with letters, say) and the errors are on the model */
    public boolean bindingFailed(Model model, BindingResult binding) {
        if (!binding.hasErrors()) {
            return false;
        }
        show(model, FieldMessages.problems(binding));
        return true;
    }
}
