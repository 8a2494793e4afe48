package dev.kizuna.work;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A new task or changes to one. The owner is a role, a person, or both (a person taking a role's task);
 * with neither, the board's first role. {@code dueInBusinessDays} (when given and {@code dueOn} is not) sets the
 * due day that many business days from today, skipping weekends and Japanese holidays. {@code orderId} links an
 * order (受注); its customer and deal fill those left empty.
 */
public record TaskDraft(UUID boardId, String title, String details, UUID ownerRoleId, UUID ownerUserId,
        UUID companyId, UUID dealId, UUID orderId, LocalDate dueOn, LocalTime dueTime, Integer dueInBusinessDays,
        String priority, List<String> checklist) {

    /** Without an order. */
    public TaskDraft(UUID boardId, String title, String details, UUID ownerRoleId, UUID ownerUserId, UUID companyId,
            UUID dealId, LocalDate dueOn, LocalTime dueTime, Integer dueInBusinessDays, String priority,
            List<String> checklist) {
        this(boardId, title, details, ownerRoleId, ownerUserId, companyId, dealId, null, dueOn, dueTime,
                dueInBusinessDays, priority, checklist);
    }

    public static TaskDraft of(Task t) {
        return new TaskDraft(t.boardId(), t.title(), t.details(), t.ownerRoleId(), t.ownerUserId(), t.companyId(),
                t.dealId(), t.orderId(), t.dueOn(), t.dueTime(), null, t.priority().code(), List.of());
    }
}
