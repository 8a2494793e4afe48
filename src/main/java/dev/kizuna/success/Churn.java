package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract's churn (解約) and its interview: the day, the reason (from the administrators' list), the questions
 * asked and the answers (ヒアリング内容), the cause as we understand it (解約要因・仮説) and what we will change (改善案).
 */
public record Churn(UUID id, UUID contractId, UUID companyId, String companyName, LocalDate churnedOn, UUID reasonId,
        String reasonName, String questions, String answers, String cause, String improvement, long version) {
}
