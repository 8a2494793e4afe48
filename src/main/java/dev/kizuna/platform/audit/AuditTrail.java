package dev.kizuna.platform.audit;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.i18n.Formats;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: administrators only, newest first, filtered and keyset-paged. */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Formats formats;

    AuditTrail(AuditEventRepository events, Formats formats) {
        this.events = events;
        this.formats = formats;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CursorPage<AuditEvent> find(AuditFilter filter, PageQuery page) {
        Cursor cursor = page.decodedCursor(1);
        Long beforeId = cursor == null ? null : parseId(cursor.value(0));
        return page.page(events.find(filter, formats.zone(), beforeId, page.fetchSize()), e -> Cursor.of(e.id()));
    }

    /** One recorded change of a record: when, who, what action, and the fields whose values changed. */
    public record RecordChange(long id, java.time.Instant at, String actorName, String action, java.util.List<AuditChange> changes) {
    }

    /**
     * The recorded changes of one record, newest first, at or before {@code atOrBefore} (null: the newest) — for a
     * record's history on its own page (a customer's timeline). Anyone signed in who can open the record sees them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.List<RecordChange> changesOf(String objectType, String objectId, java.util.List<String> actions,
            java.time.Instant atOrBefore, int limit) {
        return events.changesOf(objectType, objectId, actions, atOrBefore, limit);
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new dev.kizuna.platform.api.InvalidCursorException();
        }
    }
}
