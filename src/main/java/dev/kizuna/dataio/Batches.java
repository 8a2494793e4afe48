package dev.kizuna.dataio;

import java.util.ArrayList;
import java.util.List;

/** Checks and (unless dry) writes one batch of rows of one import, inside the batch's transaction. */
interface Batches {

    ImportRepository.Counts write(List<ImportRow> batch, boolean dry);

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
