package dev.kizuna.activities;

/**
 * The compliance score, 0–100, as shown on the compliance page:
 * <pre>
 * complete  = customers with every required field / customers owned × 100   (100 without customers)
 * on time   = activities logged within N hours / activities × 100           (100 without activities)
 * active    = (customers − customers with no activity in M days) / customers × 100   (100 without customers)
 * follow-up = 100 − 10 × overdue follow-ups, at least 0
 * score     = (w1 × complete + w2 × on time + w3 × active + w4 × follow-up) / (w1 + w2 + w3 + w4), rounded
 * </pre>
 * A plain rule with no Spring in it, so it is tested on its own.
 */
public final class ComplianceScore {

    /** Points of the follow-up part lost per overdue follow-up. */
    public static final int POINTS_PER_OVERDUE = 10;

    private ComplianceScore() {
    }

    public static int percent(long part, long whole) {
        return whole <= 0 ? 100 : (int) Math.floorDiv(part * 100, whole);
    }

    public static int followUpPart(long overdue) {
        return (int) Math.max(0, 100 - POINTS_PER_OVERDUE * overdue);
    }

    public static int score(ComplianceSettings w, int complete, int onTime, int active, int followUp) {
        long weighted = (long) w.weightComplete() * complete + (long) w.weightOnTime() * onTime
                + (long) w.weightActive() * active + (long) w.weightFollowUp() * followUp;
        return (int) Math.round((double) weighted / w.weightTotal());
    }
}
