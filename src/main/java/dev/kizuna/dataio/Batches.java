package dev.kizuna.dataio;

import java.util.ArrayList;
import java.util.List;

/** Checks and (unless dry) writes one batch of rows of one import, inside the batch's transaction. */
interface Batches {

    ImportRepository.Counts write(List<ImportRow> batch, boolean dry);

    /** A row's mapped values by target. */
    static java.util.Map<String, String> values(DataImport job, ImportRow row) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < job.mapping().size(); i++) {
            String target = job.mapping().get(i);
            if (!target.isEmpty()) {
                out.put(target, i < row.values().length ? row.values()[i] : "");
            }
        }
        return out;
    }

    /** The file's header of the column mapped to {@code target}, or "" when none is. */
    static String column(DataImport job, String target) {
        int i = job.mapping().indexOf(target);
        return i < 0 || i >= job.header().size() ? "" : job.header().get(i);
    }

    /** A value the charset could not read (U+FFFD) as a problem of its column, or null when every value read cleanly. */
    static RowProblem unreadable(DataImport job, java.util.Map<String, String> v) {
        return v.entrySet().stream().filter(e -> e.getValue().indexOf('\uFFFD') >= 0).findFirst()
                .map(e -> new RowProblem(column(job, e.getKey()), e.getValue(), e.getKey(), "ImportEncoding"))
                .orElse(null);
    }

    /**
     * What is wrong with a row's key ({@code key}, the file's value of {@code target} in {@code column}, named only when there is a problem; null: the row
     * has none), or null: it finds several stored records ({@code matches}), or an earlier row of the batch had it
     * ({@code seen}, which the key joins).
     */
    static RowProblem keyProblem(java.util.function.Supplier<String> column, String target, String key, int matches,
            java.util.Set<String> seen) {
        if (matches > 1) {
            return new RowProblem(column.get(), key, target, "ImportAmbiguous", List.of(matches));
        }
        if (key != null && !seen.add(key)) {
            return new RowProblem(column.get(), key, target, "ImportRepeated");
        }
        return null;
    }

    /** Rows with problems, gathered while a batch is written, then stored with it. */
    final class Problems {
        final List<Long> rows = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();

        void fail(ImportRepository.Counts counts, ImportRow row, List<RowProblem> rowProblems) {
            counts.failed++;
            for (RowProblem p : rowProblems) {
                rows.add(row.number());
                problems.add(p);
            }
        }

        /** A row that is written but should be looked at (a likely duplicate): listed, not counted as failed. */
        void flag(ImportRow row, RowProblem problem) {
            rows.add(row.number());
            problems.add(problem);
        }
    }
}
