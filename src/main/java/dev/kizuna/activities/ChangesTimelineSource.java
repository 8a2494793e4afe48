package dev.kizuna.activities;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.audit.AuditChange;
import dev.kizuna.platform.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Changes of a customer's key fields on its timeline (owner, status, phone, address …), from the audit log: who
 * changed what, and when. Other changes (tags, custom values) stay in the audit log only.
 */
@Component
class ChangesTimelineSource implements TimelineSource {

    static final String KIND = "change";
    private static final List<String> KEY_FIELDS = List.of("name", "status", "ownerId", "phone", "email", "address",
            "representative", "postalCode");

    private final AuditTrail audit;
    private final MessageSource messages;

    ChangesTimelineSource(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
        if (contactId != null) {
            return List.of();
        }
        Comparator<TimelineEntry> order = Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::id);
        TimelineEntry cursor = before == null ? null : new TimelineEntry(KIND, before, beforeId, "", null, "", "", "", 0);
        return audit.changesOf("company", companyId.toString(), List.of("company.updated", "company.merged"), before,
                        limit * 3).stream()
                .map(c -> entry(companyId, c))
                .filter(e -> e != null && (cursor == null || order.compare(e, cursor) < 0))
                .limit(limit).toList();
    }

    private TimelineEntry entry(UUID companyId, AuditTrail.RecordChange change) {
        List<String> labels = change.changes().stream().map(AuditChange::field).filter(KEY_FIELDS::contains)
                .map(f -> messages.getMessage("field." + f, null, f, LocaleContextHolder.getLocale())).toList();
        if (labels.isEmpty() && !"company.merged".equals(change.action())) {
            return null;
        }
        String joined = String.join("ja".equals(LocaleContextHolder.getLocale().getLanguage()) ? "、" : ", ", labels);
        return new TimelineEntry(KIND, change.at(), new UUID(0, change.id()), "", "timeline.changed." + change.action(),
                joined, change.actorName(), "/customers/" + companyId, 0);
    }
}
