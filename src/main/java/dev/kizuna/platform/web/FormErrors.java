package dev.kizuna.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.kizuna.platform.api.FieldMessage;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
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

    /**
     * Saves a form the one way every page does: {@code save} does the work and answers where to go (a redirect);
     * when a rule is broken the field errors go on the model and {@code formAgain} shows the form again with what was
     * typed.
     */
    public String save(Model model, Supplier<String> save, Supplier<String> formAgain) {
        try {
            return save.get();
        } catch (RuleViolationException e) {
            show(model, e.problems());
            return formAgain.get();
        }
    }

    /** {@link #save}, after a form that did not even bind (a number field with letters) is shown again. */
    public String save(Model model, BindingResult binding, Supplier<String> save, Supplier<String> formAgain) {
        return bindingFailed(model, binding) ? formAgain.get() : save(model, save, formAgain);
    }

    /**
     * {@link #save} for a change of a versioned record: when someone else saved it first (a stale version), the form
     * is shown again with {@code stale} set, so the page says so and keeps what was typed.
     */
    public String saveVersioned(Model model, Supplier<String> save, Supplier<String> formAgain) {
        try {
            return save(model, save, formAgain);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return formAgain.get();
        }
    }

    /** {@link #saveVersioned}, after a form that did not even bind is shown again. */
    public String saveVersioned(Model model, BindingResult binding, Supplier<String> save,
            Supplier<String> formAgain) {
        return bindingFailed(model, binding) ? formAgain.get() : saveVersioned(model, save, formAgain);
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
