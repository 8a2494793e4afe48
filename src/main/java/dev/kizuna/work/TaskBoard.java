package dev.kizuna.work;

import java.time.LocalDate;
import java.util.List;

/** A board as columns by status: each with its count and first cards (closed columns: the last days only). */
public record TaskBoard(Board board, List<Column> columns, LocalDate today) {

    public record Column(TaskStatus status, long count, List<Task> tasks) {

        public boolean more() {
            return count > tasks.size();
        }
    }
}
