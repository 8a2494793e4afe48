package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A next action decided in a meeting: it becomes a task on {@code boardId} for {@code ownerUserId}, due
 * {@code dueOn}; {@code taskId} is that task once the meeting is held.
 */
public record MeetingAction(String title, UUID ownerUserId, LocalDate dueOn, UUID boardId, UUID taskId) {
}
