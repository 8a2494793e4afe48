package dev.kizuna.voice;

import java.time.YearMonth;
import java.util.List;

/**
 * A survey's NPS broken down: per segment of the customers who answered ({@link #by}: their contract plan, their
 * lifecycle phase when they answered, their health band, kind, industry or prefecture) and per month (Asia/Tokyo), over
 * the chosen period. A group whose customer is not known (anonymous or open-link answers, no plan) has a null key.
 */
public record SurveyBreakdown(String by, List<Group> groups, List<Month> months) {

    /** The ways to break results down, in the order the page offers them. */
    public static final List<String> DIMENSIONS = List.of("plan", "phase", "band", "kind", "industry", "prefecture");

    /** At most this many segments, the largest first; the rest are counted together under {@link Group#OTHERS}. */
    public static final int MAX_GROUPS = 20;

    /** One segment's answers and NPS. */
    public record Group(String key, Nps nps) {

        public static final String OTHERS = "\u0000others";

        public boolean others() {
            return OTHERS.equals(key);
        }

        public Integer score() {
            return nps.score();
        }
    }

    /** One month's answers and NPS. */
    public record Month(YearMonth month, Nps nps) {

        public Integer score() {
            return nps.score();
        }
    }

    /** Share of a group's answers, 0–100, for charts: promoters, passives and detractors add up to 100. */
    public static int share(long part, Nps nps) {
        return nps.answered() == 0 ? 0 : (int) Math.round(100.0 * part / nps.answered());
    }
}
