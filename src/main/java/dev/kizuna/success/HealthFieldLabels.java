package dev.kizuna.success;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Labels a health model's fields in error messages so that each names its component: {@code components[quiet].weight}
 * reads 「構成要素「quiet」の重み」.
 */
@Component
class HealthFieldLabels implements FieldLabels {

    private static final Pattern COMPONENT = Pattern.compile("components\\[([^\\]]+)\\]\\.(.+)");
    private static final Set<String> FIELDS = Set.of("components", "bands", "dropPoints", "dropDays", "basedOn",
            "daysBefore", "compareWith", "segment.kind");

    private static final java.util.List<String> PATHS = java.util.List.of("/api/v1/health-", "/api/v1/usage-metrics", "/api/v1/companies/", "/health", "/customers/");

    private final MessageSource messages;

    HealthFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Only this module's pages and API: its names (status, kind, from, to …) are common words elsewhere. */
    @Override
    public boolean labels(String path) {
        return PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        Matcher m = COMPONENT.matcher(field);
        if (m.matches()) {
            String part = m.group(2).replaceAll("\\[\\d+\\]", "");
            String partLabel = messages.getMessage("success.health.part." + part, null, part, locale);
            return Optional.of(messages.getMessage("success.health.component", new Object[] {m.group(1), partLabel},
                    locale));
        }
        return FIELDS.contains(field) ? Optional.of(messages.getMessage("success.health.field." + field, null, field,
                locale)) : Optional.empty();
    }
}
