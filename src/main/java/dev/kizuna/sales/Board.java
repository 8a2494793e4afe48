package dev.kizuna.sales;

import java.time.Instant;
import java.util.List;

/**
 * A pipeline's kanban board as of {@code asOf}: one column per active stage with how many deals are in it (for a
 * terminal stage, how many reached it in the last {@link DealBoards#TERMINAL_DAYS} days), their amount, how many are
 * stalled, and the first {@link DealBoards#BOARD_CARDS} cards (longest in the stage first).
 */
public record Board(Pipeline pipeline, List<Column> columns, Instant asOf) {

    public record Column(Stage stage, long count, long amount, long stalled, List<Deal> deals) {

        public boolean more() {
            return count > deals.size();
        }
    }

    public long openCount() {
        return columns.stream().filter(c -> !c.stage().terminal()).mapToLong(Column::count).sum();
    }
}
