package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

/** What a person writes when creating or changing a board; null backlogDays means the default (2). */
public record BoardDraft(String name, String description, UUID managerId, Integer backlogDays, List<UUID> roleIds) {
}
