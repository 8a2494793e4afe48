package dev.kizuna.marketing;

import java.util.List;

/**
 * The quintile boundaries RFM scores are given against: for each measure the values at 20, 40, 60 and 80% of all
 * customers with a paid order (recency in days since the last order, frequency in paid orders, monetary in yen).
 */
record RfmScale(Quintiles recency, Quintiles frequency, Quintiles monetary) {

    /** No customers yet: every score is 1 for frequency and monetary, 5 for recency (nobody is above a boundary). */
    static final RfmScale NONE = new RfmScale(Quintiles.ZERO, Quintiles.ZERO, Quintiles.ZERO);

    /** Boundaries q20 ≤ q40 ≤ q60 ≤ q80. */
    record Quintiles(long q20, long q40, long q60, long q80) {

        static final Quintiles ZERO = new Quintiles(0, 0, 0, 0);

        /**
         * The value at each fifth of {@code values} (sorted ascending), as PostgreSQL's {@code percentile_disc}: the
         * first value whose position reaches the fraction (with 10 values, q20 is the 2nd).
         */
        static Quintiles of(List<Long> sorted) {
            if (sorted.isEmpty()) {
                return ZERO;
            }
            return new Quintiles(at(sorted, 0.2), at(sorted, 0.4), at(sorted, 0.6), at(sorted, 0.8));
        }

        private static long at(List<Long> sorted, double fraction) {
            int index = (int) Math.ceil(fraction * sorted.size()) - 1;
            return sorted.get(Math.max(0, index));
        }

        /** 1 + how many boundaries the value is above: at or below q20 is 1, above q80 is 5. */
        int higherIsBetter(long value) {
            return 1 + above(value);
        }

        /** 5 − how many boundaries the value is above: at or below q20 is 5 (the most recent), above q80 is 1. */
        int lowerIsBetter(long value) {
            return 5 - above(value);
        }

        private int above(long value) {
            return (value > q20 ? 1 : 0) + (value > q40 ? 1 : 0) + (value > q60 ? 1 : 0) + (value > q80 ? 1 : 0);
        }
    }
}
