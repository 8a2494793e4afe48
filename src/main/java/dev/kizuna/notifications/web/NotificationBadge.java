package dev.kizuna.notifications.web;

import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The bell in the header: how many notifications the signed-in user has not read (one indexed count). */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        return CurrentActor.get().isPresent() ? notifications.unreadCount() : null;
    }
}
