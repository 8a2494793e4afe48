package dev.kizuna.sales;

/**
 * A stage as an administrator types it; {@code maxDays} null means no limit; {@code reachedOn} (won stages only)
 * moves a deal there when its order is delivered or fully paid, null for by hand only.
 */
public record StageDraft(String name, String nameEn, StageKind kind, Integer winProbability, Integer maxDays,
        OrderMilestone reachedOn) {

    public StageDraft(String name, String nameEn, StageKind kind, Integer winProbability, Integer maxDays) {
        this(name, nameEn, kind, winProbability, maxDays, null);
    }
}
