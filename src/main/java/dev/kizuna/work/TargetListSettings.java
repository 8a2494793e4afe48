package dev.kizuna.work;

import java.util.UUID;

/** A target list's settings once checked and given their defaults: what the repository saves. */
record TargetListSettings(String name, String description, String query, UUID viewId, String orderField,
        boolean orderDesc, int perDay, String refresh, String feedKind, UUID boardId, UUID playbookId,
        boolean active, String feedMode) {
}
