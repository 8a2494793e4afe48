package dev.kizuna.success;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The regular meeting's rhythm (定例MTG): every week, every two weeks or every month counted from the go-live date,
 * moved back to the previous business day when it falls on a holiday or a weekend. Pure: the business-day rule is
 * passed in.
 */
final class CadenceDates {

    static final String ANCHOR = "cadence";

    private CadenceDates() {
    }

    /** The first regular meeting day strictly after {@code after}, or null when the plan has no cadence. */
    static LocalDate next(String cadence, LocalDate goLive, LocalDate after, Predicate<LocalDate> businessDay) {
        if (cadence == null || "none".equals(cadence)) {
            return null;
        }
        for (int k = 1; k < 10_000; k++) {
            LocalDate day = ReviewDates.previousBusinessDay(nth(cadence, goLive, k), businessDay);
            if (day.isAfter(after)) {
                return day;
            }
        }
        throw new IllegalStateException("no regular meeting day after " + after);
    }

    private static LocalDate nth(String cadence, LocalDate goLive, int k) {
        return switch (cadence) {
            case "weekly" -> goLive.plusWeeks(k);
            case "biweekly" -> goLive.plusWeeks(2L * k);
            case "monthly" -> goLive.plusMonths(k);
            default -> throw new IllegalArgumentException("unknown cadence " + cadence);
        };
    }
}
