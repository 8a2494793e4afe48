package dev.kizuna.platform.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Labels of fields that are data rather than message keys (custom fields an administrator named). Modules that
 * own such fields provide a bean; {@link FieldMessages} asks them before looking up {@code field.<name>}.
 */
public interface FieldLabels {

    /** The label of {@code field} (as named in a problem, e.g. {@code customFields.rank}), if this source knows it. */
    Optional<String> label(String field, Locale locale);
}
