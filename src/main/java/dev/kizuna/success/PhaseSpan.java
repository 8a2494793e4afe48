package dev.kizuna.success;

import java.time.LocalDate;

/**
 * One lifecycle phase as months counted from go-live: it starts {@code startMonths} after go-live (negative: before)
 * and ends the day before {@code endMonths} after it; an open-ended phase has no {@code endMonths}. {@code key}
 * names a built-in phase ({@code preparation}, {@code onboarding}, {@code adoption}) for its translated name; an
 * administrator's phase has only its {@code name}.
 */
public record PhaseSpan(int position, String key, String name, int startMonths, Integer endMonths) {

    public LocalDate startsOn(LocalDate goLive) {
        return goLive.plusMonths(startMonths);
    }

    /** The last day of the phase, or null when it runs on. */
    public LocalDate endsOn(LocalDate goLive) {
        return endMonths == null ? null : goLive.plusMonths(endMonths).minusDays(1);
    }

    public boolean contains(LocalDate goLive, LocalDate day) {
        LocalDate end = endsOn(goLive);
        return !day.isBefore(startsOn(goLive)) && (end == null || !day.isAfter(end));
    }

    /** The message key of a built-in phase's name, or null for an administrator's own phase. */
    public String messageKey() {
        return key == null ? null : "success.phase." + key;
    }
}
