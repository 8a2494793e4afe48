package dev.kizuna.dataio;

import java.util.Locale;

import dev.kizuna.customers.CustomFields;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An import error in the reader's language: the import's own rules ({@code Import…} codes) from
 * {@code dataio.error.*}, the customer rules through {@link FieldMessages} like every form and API answer.
 */
@Component
class ImportMessages {

    private final MessageSource messages;
    private final FieldMessages fieldMessages;
    private final CustomFields customFields;

    ImportMessages(MessageSource messages, FieldMessages fieldMessages, CustomFields customFields) {
        this.messages = messages;
        this.fieldMessages = fieldMessages;
        this.customFields = customFields;
    }

    /**
     * The error in the reader's language; a dry run's ({@code dry}) in its own words where they differ (it wrote
     * nothing: "would be added", never "imported").
     */
    ImportError translate(ImportRepository.StoredError e, Locale locale, boolean dry) {
        String message;
        if (e.code().startsWith("Import")) {
            Object[] args = new Object[e.arguments().size() + 1];
            args[0] = label(e.field(), locale);
            for (int i = 0; i < e.arguments().size(); i++) {
                args[i + 1] = e.arguments().get(i);
            }
            String key = "dataio.error." + e.code();
            message = messages.getMessage(dry ? key + ".dry" : key, args, null, locale);
            if (message == null) {
                message = messages.getMessage(key, args, e.code(), locale);
            }
        } else {
            message = fieldMessages.of(new FieldProblem(e.field(), e.code(), e.arguments()), label(e.field(), locale),
                    locale).message();
        }
        return new ImportError(e.row(), e.column(), e.value(), e.field(), e.code(), message);
    }

    String label(String field, Locale locale) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        return customFields.label(field, locale).orElseGet(() -> messages.getMessage("dataio.target." + field, null,
                messages.getMessage("field." + field, null, field, locale), locale));
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
