package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import dev.kizuna.platform.api.FieldMessage;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ConcurrentModel;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;

/** The one way a page saves a form and shows it again: no Spring context, no database. */
class FormErrorsTest {

    private final FieldMessages messages = mock(FieldMessages.class);
    private final FormErrors formErrors = new FormErrors(messages);
    private final Model model = new ConcurrentModel();

    @Test
    void aSavedFormGoesWhereTheSaveSays() {
        assertThat(formErrors.saveVersioned(model, () -> "redirect:/deals/1", () -> "sales/form"))
                .isEqualTo("redirect:/deals/1");
        assertThat(model.asMap()).isEmpty();
    }

    @Test
    void aBrokenRuleShowsTheFormAgainWithTheFieldsMessages() {
        when(messages.of(anyList())).thenReturn(List.of(new FieldMessage("name", "NotBlank", "名前を入力してください")));

        String view = formErrors.save(model, () -> {
            throw new RuleViolationException(List.of(FieldProblem.of("name", "NotBlank")));
        }, () -> "customers/form");

        assertThat(view).isEqualTo("customers/form");
        assertThat(model.getAttribute("errors")).isEqualTo(Map.of("name", "名前を入力してください"));
    }

    @Test
    void aStaleVersionShowsTheFormAgainSayingSoOnlyForVersionedRecords() {
        String view = formErrors.saveVersioned(model, () -> {
            throw new StaleVersionException("deal", null);
        }, () -> "sales/form");

        assertThat(view).isEqualTo("sales/form");
        assertThat(model.getAttribute("stale")).isEqualTo(true);
        assertThatThrownBy(() -> formErrors.save(new ConcurrentModel(), () -> {
            throw new StaleVersionException("deal", null);
        }, () -> "sales/form")).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aFormThatDidNotBindIsShownAgainWithoutSaving() {
        when(messages.of(anyList())).thenReturn(List.of());
        var binding = new BeanPropertyBindingResult(new Object(), "form");
        binding.reject("typeMismatch");

        String view = formErrors.save(model, binding, () -> {
            throw new AssertionError("not saved");
        }, () -> "customers/form");

        assertThat(view).isEqualTo("customers/form");
    }
}
