package dev.kizuna.commerce;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels product, quote, order and payment fields in error messages ({@code commerce.field.<name>}). */
@Component
class CommerceFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("code", "unit", "unitPrice", "taxRate", "title", "issuedOn",
            "validUntil", "notes", "lines", "productId", "quantity", "to", "deliveredOn", "deliveryDueOn",
            "invoiceAmount", "dueOn", "receivedOn", "note", "orderId", "issuerName", "issuerAddress", "issuerPhone",
            "registrationNumber", "quoteValidDays", "quoteId");

    private final MessageSource messages;

    CommerceFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        return FIELDS.contains(field)
                ? Optional.of(messages.getMessage("commerce.field." + field, null, field, locale)) : Optional.empty();
    }
}
