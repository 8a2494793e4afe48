package dev.kizuna.sales;

import java.time.Instant;
import java.util.UUID;

/**
 * A deal moved from one stage to another ({@code fromStageId} null when it was created). {@code forward} when the
 * new stage comes later in the pipeline and is not a lost one.
 */
public record DealStageChanged(UUID dealId, UUID companyId, UUID ownerId, UUID pipelineId, UUID fromStageId,
        UUID toStageId, boolean forward, Instant changedAt) {
}
