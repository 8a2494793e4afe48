package dev.kizuna.activities;

import dev.kizuna.platform.api.Check;

/**
 * What administrators set for input compliance: an activity logged more than {@code lateAfterHours} after it
 * happened is late; a customer with no activity for {@code dormantDays} is neglected; and the weight of each of
 * the four parts in the score (see {@link ComplianceScore}).
 */
public record ComplianceSettings(int lateAfterHours, int dormantDays, int weightComplete, int weightOnTime,
        int weightActive, int weightFollowUp, long version) {

    public static final ComplianceSettings DEFAULTS = new ComplianceSettings(24, 30, 30, 30, 20, 20, 0);

    public int weightTotal() {
        return weightComplete + weightOnTime + weightActive + weightFollowUp;
    }

    void verify() {
        Check.of()
                .failIf(lateAfterHours < 1 || lateAfterHours > 720, "lateAfterHours", "Range", 1, 720)
                .failIf(dormantDays < 1 || dormantDays > 365, "dormantDays", "Range", 1, 365)
                .failIf(weightComplete < 0 || weightComplete > 100, "weightComplete", "Range", 0, 100)
                .failIf(weightOnTime < 0 || weightOnTime > 100, "weightOnTime", "Range", 0, 100)
                .failIf(weightActive < 0 || weightActive > 100, "weightActive", "Range", 0, 100)
                .failIf(weightFollowUp < 0 || weightFollowUp > 100, "weightFollowUp", "Range", 0, 100)
                .failIf(weightTotal() == 0, "weightComplete", "WeightsZero")
                .verify();
    }
}
