package dev.kizuna.marketing;

/** The stage boundaries (paid orders for F2, F3, F4) and the 12-month LTV goal in yen (seed 002: ¥35,000). */
public record MarketingSettings(int f2From, int f3From, int f4From, long ltvGoal, long version) {

    public StageBoundaries stages() {
        return new StageBoundaries(f2From, f3From, f4From);
    }
}
