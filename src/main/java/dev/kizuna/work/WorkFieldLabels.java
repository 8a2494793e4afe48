package dev.kizuna.work;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the board and task fields in error messages ({@code work.field.<name>}). */
@Component
class WorkFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("boardId", "title", "details", "ownerRoleId", "ownerUserId", "companyId", "orderId",
            "dueOn", "dueTime", "dueInBusinessDays", "priority", "status", "checklist", "label", "body", "backlogDays",
            "managerId", "roleIds", "view", "viewId", "orderField", "orderDesc", "perDay", "feedKind", "feedMode", "refresh", "playbookId",
            "trigger", "triggerType", "skipTag", "targetMinutes", "onLimit", "waitDays", "waitFor", "waitUntil",
            "subject", "board", "role", "then", "otherwise", "action", "when", "when.subject", "when.field", "when.op", "when.value");

    private final MessageSource messages;

    WorkFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        return FIELDS.contains(name) ? Optional.of(messages.getMessage("work.field." + name, null, name, locale))
                : Optional.empty();
    }
}
