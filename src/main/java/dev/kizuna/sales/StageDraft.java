package dev.kizuna.sales;

/** A stage as an administrator types it; {@code maxDays} null means no limit. */
public record StageDraft(String name, String nameEn, StageKind kind, Integer winProbability, Integer maxDays) {
}
