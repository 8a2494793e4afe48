package dev.kizuna.dataio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one batch of an import wrote, gathered row by row and stored with the batch (unless dry): the records it
 * created and updated by file row, for undo, and the external ids of the new ones, so a later import finds them.
 * Every kind of batch (customers, contacts, history) keeps its results here.
 */
final class BatchRecords {

    private final List<Long> createdRows = new ArrayList<>();
    private final List<UUID> createdIds = new ArrayList<>();
    private final List<Long> updatedRows = new ArrayList<>();
    private final List<UUID> updatedIds = new ArrayList<>();
    private final List<String> externalIds = new ArrayList<>();
    private final List<UUID> externalRecords = new ArrayList<>();

    /** Row {@code row} created {@code id}, known elsewhere as {@code externalId} (or null). */
    void created(ImportRepository.Counts counts, long row, UUID id, String externalId) {
        counts.created++;
        createdRows.add(row);
        createdIds.add(id);
        if (externalId != null) {
            externalIds.add(externalId);
            externalRecords.add(id);
        }
    }

    void updated(ImportRepository.Counts counts, long row, UUID id) {
        counts.updated++;
        updatedRows.add(row);
        updatedIds.add(id);
    }

    /** Stores the batch's records and its rows' problems; a dry run stores only the problems. */
    void save(ImportRepository imports, DataImport job, String pass, Batches.Problems problems, boolean dry) {
        if (!dry) {
            imports.insertRecords(job.id(), longs(createdRows), createdIds.toArray(UUID[]::new), "created");
            imports.insertRecords(job.id(), longs(updatedRows), updatedIds.toArray(UUID[]::new), "updated");
            imports.insertExternalKeys(job.objectType(), job.id(), externalIds, externalRecords);
        }
        imports.insertErrors(job.id(), pass, problems.rows, problems.problems);
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
