package dev.kizuna.platform.calendar;

import java.time.LocalDate;

/**
 * A question about a day the bundled holiday data does not cover, or whose answer lies beyond it. Thrown rather
 * than guessed: a day outside the data would otherwise look like a business day whatever its holidays. Check
 * {@link Coverage#contains} first where a date comes from a person.
 */
public class OutsideCoverageException extends IllegalArgumentException {

    private final LocalDate date;
    private final Coverage coverage;

    public OutsideCoverageException(LocalDate date, Coverage coverage) {
        super("No Japanese holiday data for " + date + ": the bundled calendar covers " + coverage
                + " (refresh it with tools/build-holidays.py, see resources/calendar/NOTICE.md)");
        this.date = date;
        this.coverage = coverage;
    }

    public LocalDate date() {
        return date;
    }

    public Coverage coverage() {
        return coverage;
    }
}
