package dev.kizuna.work;

import java.util.UUID;

/** A task was put on a board. */
public record TaskCreated(UUID taskId, UUID boardId, UUID companyId, UUID ownerRoleId, UUID ownerUserId) {
}
