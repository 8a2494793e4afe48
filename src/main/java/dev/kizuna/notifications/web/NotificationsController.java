package dev.kizuna.notifications.web;

import dev.kizuna.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The caller's notifications, newest first; opening the page does not mark them read, the button does. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String page(Model model) {
        model.addAttribute("notifications", notifications.mine(100));
        return "notifications/list";
    }

    @PostMapping("/notifications/read")
    String markRead() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
