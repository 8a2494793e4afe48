package dev.kizuna.marketing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the marketing fields in error messages ({@code marketing.field.<name>}); item rows by their field. */
@Component
class MarketingFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("items", "productId", "quantity", "unitPrice", "cycleUnit", "cycleEvery",
            "dayOfMonth", "nextDeliveryOn", "payment", "title", "until", "reason", "status", "f2From", "f3From", "f4From",
            "ltvGoal", "from", "to");

    private static final java.util.List<String> PATHS = java.util.List.of("/api/v1/customer-figures", "/api/v1/marketing-", "/api/v1/subscriptions", "/marketing/", "/subscriptions");

    private final MessageSource messages;

    MarketingFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Only this module's pages and API: its names (status, title, reason …) are common words elsewhere. */
    @Override
    public boolean labels(String path) {
        return PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        name = name.replaceAll("^items\\[\\d+\\]\\.", "");
        return FIELDS.contains(name) ? Optional.of(messages.getMessage("marketing.field." + name, null, name, locale))
                : Optional.empty();
    }
}
