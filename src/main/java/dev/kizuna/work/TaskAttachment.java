package dev.kizuna.work;

import java.time.Instant;
import java.util.UUID;

/** A file on a task: its name as uploaded, type, size, and who added it when. */
public record TaskAttachment(UUID id, UUID taskId, String fileName, String contentType, long sizeBytes,
        UUID addedBy, String addedByName, Instant addedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }

    /** The size as people read it: 840 KB, 2.4 MB. */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
