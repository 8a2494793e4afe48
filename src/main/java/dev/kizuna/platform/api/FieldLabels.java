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

    /**
     * Whether this source labels the fields of a request to {@code path} (without the context path). A module that
     * labels common names ({@code status}, {@code body}, {@code items}) in its own words answers only for its own
     * pages and API, so another module's {@code status} keeps its own label.
     */
    default boolean labels(String path) {
        return true;
    }

    /**
     * The name under which a list's row wording is looked up ({@code validation.row.<name>}) on this source's pages:
     * a module whose list has a common name ({@code steps}) gives its own, so another module's {@code steps} rows are
     * not worded as its rows (a playbook's step is not 「2通目」).
     */
    default String rowWording(String list) {
        return list;
    }
}
