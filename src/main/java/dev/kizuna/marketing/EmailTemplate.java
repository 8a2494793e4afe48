package dev.kizuna.marketing;

import java.time.Instant;
import java.util.UUID;

/** An e-mail template: subject, plain text and (optionally) HTML, each of which may hold {@link MergeFields}. */
public record EmailTemplate(UUID id, String name, String subject, String bodyText, String bodyHtml, long version,
        Instant createdAt, Instant updatedAt) {
}
