package dev.kizuna.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deal board (商談ボード): a pipeline's stages as columns, with their totals and first cards. */
@Service
public class DealBoards {

    /** Cards per column on a board; the rest are a click away in the list. */
    public static final int BOARD_CARDS = 50;
    /** A terminal column (入金, 失注) shows the deals that reached it within this many days. */
    public static final int TERMINAL_DAYS = 30;

    private final DealRepository deals;
    private final Pipelines pipelines;
    private final StallRule stallRule;

    DealBoards(DealRepository deals, Pipelines pipelines, StallRule stallRule) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.stallRule = stallRule;
    }

    /**
     * The kanban board of a pipeline, or of one person's deals in it ({@code owner} null: everyone's), totals counted
     * over those deals only: every active stage with its totals and first cards.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Board board(UUID pipelineId, UUID owner) {
        Pipeline pipeline = pipelines.find(pipelineId);
        StallRule.AsOf asOf = stallRule.now();
        Instant since = asOf.now().minus(Duration.ofDays(TERMINAL_DAYS));
        Map<UUID, DealRepository.StageTotal> totals = new HashMap<>();
        deals.activeTotals(pipelineId, asOf, owner).forEach(t -> totals.put(t.stageId(), t));
        List<Board.Column> columns = new ArrayList<>();
        for (Stage stage : pipeline.activeStages()) {
            DealRepository.StageTotal total = stage.terminal() ? deals.recentTotal(stage.id(), since, owner)
                    : totals.getOrDefault(stage.id(), new DealRepository.StageTotal(stage.id(), 0, 0, 0));
            List<Deal> cards = total.count() == 0 ? List.of() : deals.ofStage(stage, since, BOARD_CARDS, asOf, owner);
            columns.add(new Board.Column(stage, total.count(), total.amount(), total.stalled(), cards));
        }
        return new Board(pipeline, columns, asOf.now());
    }
}
