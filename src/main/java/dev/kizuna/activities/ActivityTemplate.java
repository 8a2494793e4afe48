package dev.kizuna.activities;

import java.util.UUID;

/** Details text an administrator prepared for a type of activity, with blanks (＿＿) the rep fills in. */
public record ActivityTemplate(UUID id, UUID typeId, String title, String body, int position, boolean retired,
        long version) {
}
