package dev.kizuna.activities;

import java.util.UUID;

/** A file on an activity or note: its name as uploaded, type and size. */
public record Attachment(UUID id, UUID activityId, String fileName, String contentType, long sizeBytes) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
