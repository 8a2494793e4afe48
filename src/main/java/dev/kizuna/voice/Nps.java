package dev.kizuna.voice;

/**
 * Net Promoter Score from the count of each score 0–10: promoters (9–10) less detractors (0–6), as a percentage of
 * everyone who answered, rounded half away from zero; null when nobody answered.
 */
public record Nps(long promoters, long passives, long detractors) {

    public static Nps of(long[] countsByScore) {
        if (countsByScore.length != 11) {
            throw new IllegalArgumentException("one count per score 0–10");
        }
        long p = countsByScore[9] + countsByScore[10];
        long pass = countsByScore[7] + countsByScore[8];
        long d = 0;
        for (int s = 0; s <= 6; s++) {
            d += countsByScore[s];
        }
        return new Nps(p, pass, d);
    }

    public static boolean detractor(int score) {
        return score >= 0 && score <= 6;
    }

    public long answered() {
        return promoters + passives + detractors;
    }

    /** −100 … 100, or null with no answers. */
    public Integer score() {
        long n = answered();
        if (n == 0) {
            return null;
        }
        double value = 100.0 * (promoters - detractors) / n;
        return (int) Math.signum(value) * (int) Math.round(Math.abs(value));
    }
}
