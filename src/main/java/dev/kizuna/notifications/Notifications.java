package dev.kizuna.notifications;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications (the bell in the header): each user reads and clears their own. */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository rows;
    private final ApplicationEventPublisher events;

    Notifications(NotificationRepository rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    /** The caller's notifications, newest first, keyset-paged; only the unread ones when asked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Notification> page(boolean unreadOnly, PageQuery page) {
        return page.page(rows.page(CurrentActor.required().actorId(), unreadOnly, page.decodedCursor(2),
                page.fetchSize()), n -> Cursor.of(n.createdAt().toString(), n.id()));
    }

    /** Marks some of the caller's notifications read; others' ids are ignored. Returns how many changed. */
    @PreAuthorize("isAuthenticated()")
    public int markRead(List<UUID> ids) {
        return rows.markRead(CurrentActor.required().actorId(), ids);
    }

    /** The caller's newest notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return rows.newest(CurrentActor.required().actorId(), limit);
    }

    /** How many the caller has not read (served by notification_unread_idx). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return rows.unreadCount(CurrentActor.required().actorId());
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return rows.markAllRead(CurrentActor.required().actorId());
    }

    /**
     * Tells one user something in the app (the bell), for other modules such as {@code work} and {@code commerce}: a
     * message key of the caller's module with one argument ({0}), and the page it leads to. No permission check:
     * callers decide who is told.
     */
    public void tell(UUID userId, String kind, String messageKey, String argument, String href) {
        tell(userId, kind, null, messageKey, argument == null ? "" : argument, href);
    }

    /** As above, about a deal: the notification goes when the deal is deleted. */
    public void tell(UUID userId, String kind, UUID dealId, String messageKey, String argument, String href) {
        UUID id = Ids.newId();
        rows.insert(id, userId, kind, dealId, messageKey, argument, href);
        events.publishEvent(new NotificationCreated(id, userId, kind, messageKey, argument, href));
    }
}
