package dev.kizuna.marketing;

import java.util.List;
import java.util.Set;

import dev.kizuna.platform.api.ModuleFieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Labels the marketing fields in error messages ({@code marketing.field.<name>}); item, condition and step rows by
 * their field.
 */
@Component
class MarketingFieldLabels extends ModuleFieldLabels {

    static final Set<String> FIELDS = Set.of(
            "items", "productId", "quantity", "unitPrice", "cycleUnit", "cycleEvery", "dayOfMonth", "nextDeliveryOn",
            "payment", "title", "until", "reason", "status", "f2From", "f3From", "f4From", "ltvGoal", "from", "to",
            "name", "description", "conditions", "field", "op", "value", "subject", "bodyText", "bodyHtml",
            "templateId", "segmentId", "scheduledAt", "trigger", "triggerDays", "steps", "delayDays", "companyId",
            "senderName", "senderAddress", "mailsPerMinute", "maxAttempts");

    MarketingFieldLabels(MessageSource messages) {
        super(messages, "marketing.field.", FIELDS, List.of("/api/v1/customer-figures", "/api/v1/marketing-",
                "/api/v1/subscriptions", "/marketing/", "/subscriptions", "/api/v1/segments", "/api/v1/email-templates",
                "/api/v1/campaigns", "/api/v1/sequences", "/segments", "/campaigns", "/email-templates", "/sequences"));
    }

    /** A step e-mail's steps are worded as mails (「2通目: …」), not as every module's steps. */
    @Override
    public String rowWording(String list) {
        return "steps".equals(list) ? "sequenceSteps" : list;
    }

    /** A row's field is named as the field ({@code items[0].quantity} → quantity, {@code conditions[1].field}). */
    @Override
    protected String nameOf(String field) {
        return super.nameOf(field).replaceAll("^(items|conditions|steps)\\[\\d+\\]\\.", "");
    }
}
