package dev.kizuna.work;

import java.util.UUID;

import dev.kizuna.notifications.Notifications;
import org.springframework.stereotype.Component;

/** The in-app notices of this module, through the header bell ({@code sales.Notifications}). */
@Component
class WorkNotices {

    static final String KIND = "task";

    private final Notifications notifications;

    WorkNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void assigned(Task task) {
        notifications.tell(task.ownerUserId(), KIND, "work.notice.assigned", task.title(), "/tasks/" + task.id());
    }

    void mentioned(UUID userId, Task task) {
        notifications.tell(userId, KIND, "work.notice.mentioned", task.title(), "/tasks/" + task.id());
    }

    void backlog(UUID managerId, Board board, int count) {
        notifications.tell(managerId, "backlog", "work.notice.backlog", board.name() + "（" + count + "）",
                "/boards/" + board.id());
    }
}
