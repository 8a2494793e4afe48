package dev.kizuna.work;

import java.util.List;
import java.util.Set;

import dev.kizuna.platform.api.ModuleFieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the board and task fields in error messages ({@code work.field.<name>}). */
@Component
class WorkFieldLabels extends ModuleFieldLabels {

    static final Set<String> FIELDS = Set.of(
            "boardId", "title", "details", "ownerRoleId", "ownerUserId", "companyId", "orderId", "dueOn", "dueTime",
            "dueInBusinessDays", "priority", "status", "checklist", "label", "body", "backlogDays", "managerId",
            "roleIds", "view", "viewId", "orderField", "orderDesc", "perDay", "feedKind", "feedMode", "refresh",
            "playbookId", "trigger", "triggerType", "skipTag", "targetMinutes", "onLimit", "waitDays", "waitFor",
            "waitUntil", "subject", "board", "role", "then", "otherwise", "action", "when", "when.subject",
            "when.field", "when.op", "when.value");

    WorkFieldLabels(MessageSource messages) {
        super(messages, "work.field.", FIELDS, List.of());
    }
}
