package dev.kizuna.notifications.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.notifications.Notification;
import dev.kizuna.notifications.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notifications}: the caller's own in-app notifications (the bell). */
@RestController
@Tag(name = "Notifications")
class NotificationsApi {

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationsApi(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    record NotificationJson(String id, String kind, String message, String messageKey, String argument, String href,
            Instant createdAt, Instant readAt) {
    }

    record NotificationList(List<NotificationJson> items, String nextCursor) {
    }

    record UnreadCount(long unread) {
    }

    record ReadRequest(List<UUID> ids, Boolean all) {
    }

    record ReadResult(int marked) {
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "My notifications, newest first", description = """
            filter[unread]=true for the unread ones only; keyset paging with limit and cursor. message is the text in
            the caller's language.""")
    NotificationList list(@RequestParam(name = "filter[unread]", required = false) Boolean unread,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            Locale locale) {
        CursorPage<Notification> page = notifications.page(Boolean.TRUE.equals(unread), PageQuery.of(limit, cursor));
        return new NotificationList(page.items().stream().map(n -> new NotificationJson(n.id().toString(), n.kind(),
                messages.getMessage(n.messageKey(), new Object[] {n.argument()}, n.messageKey(), locale),
                n.messageKey(), n.argument(), n.href(), n.createdAt(), n.readAt())).toList(), page.nextCursor());
    }

    @GetMapping("/api/v1/notifications/unread-count")
    @Operation(summary = "How many of my notifications are unread (the bell's number)")
    UnreadCount unread() {
        return new UnreadCount(notifications.unreadCount());
    }

    @PostMapping("/api/v1/notifications/read")
    @Operation(summary = "Mark my notifications read", description = """
            {"ids": [...]} marks those (others' ids are ignored); {"all": true} marks every unread one.""")
    ReadResult read(@RequestBody ReadRequest body) {
        if (Boolean.TRUE.equals(body.all())) {
            return new ReadResult(notifications.markAllRead());
        }
        return new ReadResult(body.ids() == null || body.ids().isEmpty() ? 0 : notifications.markRead(body.ids()));
    }
}
