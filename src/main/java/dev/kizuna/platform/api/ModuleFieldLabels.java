package dev.kizuna.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;

/**
 * A module's labels for its fields in error messages: {@code <prefix><name>} for each of its field names, the name
 * of a list filter ({@code filter[status]}) being its field's. A module that names common words (status, title,
 * from …) lists the paths of its own pages and API, so another module's {@code status} keeps its own label; one
 * with no paths labels its names everywhere.
 */
public abstract class ModuleFieldLabels implements FieldLabels {

    private final MessageSource messages;
    private final String prefix;
    private final Set<String> fields;
    private final List<String> paths;

    protected ModuleFieldLabels(MessageSource messages, String prefix, Set<String> fields, List<String> paths) {
        this.messages = messages;
        this.prefix = prefix;
        this.fields = Set.copyOf(fields);
        this.paths = List.copyOf(paths);
    }

    @Override
    public boolean labels(String path) {
        return paths.isEmpty() || paths.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = nameOf(field);
        return fields.contains(name) ? Optional.of(messages.getMessage(prefix + name, null, name, locale))
                : Optional.empty();
    }

    /** The field name a problem's field stands for: {@code filter[x]} is x; modules may strip row indexes too. */
    protected String nameOf(String field) {
        return field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
    }
}
