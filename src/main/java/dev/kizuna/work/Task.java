package dev.kizuna.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A task (タスク): a hand-off on a board, owned by a job role (anyone holding it may take it) or by a person.
 * Names of the linked records are read with it, so lists need no second query.
 */
public record Task(UUID id, UUID boardId, String boardName, String title, String details, UUID ownerRoleId,
        String ownerRoleName, UUID ownerUserId, String ownerUserName, UUID requesterId, String requesterName,
        UUID companyId, String companyName, UUID dealId, String dealName, UUID orderId, String orderNumber,
        LocalDate dueOn, LocalTime dueTime,
        TaskPriority priority, TaskStatus status, Instant statusChangedAt, Instant closedAt, long version,
        Instant createdAt, Instant updatedAt, int checklistDone, int checklistTotal) {

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && dueOn != null && dueOn.isBefore(today);
    }

    /** Handed to a role and not yet taken by anyone. */
    public boolean unowned() {
        return ownerUserId == null;
    }

    AuditView audit() {
        return new AuditView(boardId, title, details, ownerRoleId, ownerUserId, companyId, dealId, orderId, dueOn,
                dueTime, priority.code(), status.code());
    }

    record AuditView(UUID boardId, String title, String details, UUID ownerRoleId, UUID ownerUserId, UUID companyId,
            UUID dealId, UUID orderId, LocalDate dueOn, LocalTime dueTime, String priority, String status) {
    }
}
