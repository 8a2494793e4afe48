package dev.kizuna.work;

import java.util.UUID;

/** A task moved from one status to another (完了 and 中止 close it). */
public record TaskStatusChanged(UUID taskId, UUID boardId, UUID companyId, TaskStatus from, TaskStatus to) {
}
