package dev.kizuna.dataio;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded file and what has been done with it: its columns and their mapping, the mode, and the progress of the
 * dry run or the real run (rows done, created, updated, skipped, failed). {@code totalRows} is known once a run has
 * read the whole file. For customers: the owner of new customers when no column names one (null: the uploader),
 * {@code duplicates} skip or add, and whether half-width katakana is widened.
 */
public record DataImport(UUID id, String objectType, String fileName, String format, String charset,
        List<String> header, List<String> mapping, ImportMode mode, String matchKey, String status, int batchSize,
        Long totalRows, long rowsDone, long created, long updated, long skipped, long failed, DryRun dryRun,
        Instant startedAt, Instant finishedAt, String error, long version, Instant createdAt, UUID createdBy,
        UUID defaultOwnerId, String duplicates, boolean widenKana) {

    /** Whether a row that looks like an existing customer is left out (else it is added and listed). */
    public boolean skipsDuplicates() {
        return !ImportSettings.ADD_DUPLICATES.equals(duplicates);
    }

    /** What the dry run counted; null before one finished. */
    public record DryRun(long created, long updated, long skipped, long failed) {
    }

    /** Whether a worker is (or should be) reading the file now. */
    public boolean active() {
        return List.of("dry_run_queued", "dry_running", "queued", "running").contains(status);
    }

    /** Whether the mapping and settings may still change. */
    public boolean editable() {
        return List.of("uploaded", "dry_run_done").contains(status);
    }

    public boolean dryRunning() {
        return status.startsWith("dry_run_queued") || "dry_running".equals(status);
    }

    /** 0–100, or -1 while the number of rows is not known. */
    public int percent() {
        if (totalRows == null || totalRows == 0) {
            return List.of("done", "dry_run_done").contains(status) ? 100 : -1;
        }
        return (int) Math.min(100, rowsDone * 100 / totalRows);
    }

    /** Rows a second since the run started. */
    public long rowsPerSecond() {
        if (startedAt == null || rowsDone == 0) {
            return 0;
        }
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return rowsDone * 1000 / millis;
    }

    /** Seconds until the run ends at the current rate; -1 when that cannot be told. */
    public long secondsLeft() {
        long rate = rowsPerSecond();
        if (totalRows == null || rate == 0 || !active()) {
            return -1;
        }
        return Math.max(0, (totalRows - rowsDone) / rate);
    }
}
