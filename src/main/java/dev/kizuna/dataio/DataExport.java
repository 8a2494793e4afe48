package dev.kizuna.dataio;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An export: what (customers by a list's query, or contacts), in which format, and whether its file is ready. */
public record DataExport(UUID id, String objectType, String query, List<String> columns, String format,
        String status, long rowsDone, String fileName, String error, String locale, Instant createdAt, UUID createdBy,
        Instant finishedAt) {

    public boolean ready() {
        return "done".equals(status);
    }

    public boolean active() {
        return "queued".equals(status) || "running".equals(status);
    }
}
