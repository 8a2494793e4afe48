package dev.kizuna.commerce;

import java.util.List;
import java.util.Set;

import dev.kizuna.platform.api.ModuleFieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels product, quote, order and payment fields in error messages ({@code commerce.field.<name>}). */
@Component
class CommerceFieldLabels extends ModuleFieldLabels {

    static final Set<String> FIELDS = Set.of(
            "code", "unit", "unitPrice", "taxRate", "title", "issuedOn", "validUntil", "notes", "lines", "productId",
            "quantity", "to", "deliveredOn", "deliveryDueOn", "invoiceAmount", "dueOn", "receivedOn", "note", "orderId",
            "issuerName", "issuerAddress", "issuerPhone", "registrationNumber", "quoteValidDays", "quoteId");

    CommerceFieldLabels(MessageSource messages) {
        super(messages, "commerce.field.", FIELDS, List.of());
    }

    /** Commerce names its fields as they are, filters included (its labels stand everywhere). */
    @Override
    protected String nameOf(String field) {
        return field;
    }
}
