package dev.kizuna.voice;

import java.util.List;
import java.util.UUID;

/** An item became 対応済 ({@code done}) or 見送り ({@code declined}); the customers who asked it are listed. */
public record FeedbackClosed(UUID feedbackId, String status, String reason, List<UUID> companyIds) {
}
