package dev.kizuna.marketing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * How often a subscription (定期便) delivers: every {@code every} days, weeks or months. Monthly cycles keep a day of
 * the month ({@code dayOfMonth}, 1–31): a day the month does not have falls on its last day (31 → 2月28日 or 29日),
 * and the next month returns to the day itself (1月31日 → 2月28日 → 3月31日), never drifting to the 28th.
 */
public record DeliveryCycle(Unit unit, int every, Integer dayOfMonth) {

    /** The cycle's unit; {@code code()} is what the API and the database write. */
    public enum Unit {
        DAYS, WEEKS, MONTHS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Unit ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public static final List<String> UNITS = List.of("days", "weeks", "months");
    public static final int MAX_DAYS = 365;
    public static final int MAX_WEEKS = 52;
    public static final int MAX_MONTHS = 12;

    public DeliveryCycle {
        if (unit == null || every < 1 || every > max(unit)) {
            throw new IllegalArgumentException("cycle " + unit + " × " + every);
        }
        if (dayOfMonth != null && (unit != Unit.MONTHS || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("day of month " + dayOfMonth);
        }
    }

    /** A monthly cycle keeps the day of {@code anchor} unless a fixed day is given. */
    public static DeliveryCycle of(Unit unit, int every, Integer dayOfMonth, LocalDate anchor) {
        Integer day = unit == Unit.MONTHS && dayOfMonth == null && anchor != null ? Integer.valueOf(anchor.getDayOfMonth()) : dayOfMonth;
        return new DeliveryCycle(unit, every, unit == Unit.MONTHS ? day : null);
    }

    public static int max(Unit unit) {
        return switch (unit) {
            case DAYS -> MAX_DAYS;
            case WEEKS -> MAX_WEEKS;
            case MONTHS -> MAX_MONTHS;
        };
    }

    /** Short form for history and audit: {@code days:30}, {@code months:1:31}. */
    public String text() {
        return unit.code() + ":" + every + (dayOfMonth == null ? "" : ":" + dayOfMonth);
    }

    /** The delivery after the one on {@code delivery}. */
    public LocalDate next(LocalDate delivery) {
        return switch (unit) {
            case DAYS -> delivery.plusDays(every);
            case WEEKS -> delivery.plusWeeks(every);
            case MONTHS -> onDay(YearMonth.from(delivery).plusMonths(every));
        };
    }

    /** The first delivery on or after {@code day}, counting on from {@code delivery}. */
    public LocalDate firstOnOrAfter(LocalDate delivery, LocalDate day) {
        LocalDate d = delivery;
        while (d.isBefore(day)) {
            d = next(d);
        }
        return d;
    }

    /** Whether {@code date} is a day this cycle delivers on (any date for days and weeks). */
    public boolean fallsOn(LocalDate date) {
        return unit != Unit.MONTHS || dayOfMonth == null || date.equals(onDay(YearMonth.from(date)));
    }

    private LocalDate onDay(YearMonth month) {
        int day = dayOfMonth == null ? 1 : Math.min(dayOfMonth, month.lengthOfMonth());
        return month.atDay(day);
    }
}
