package dev.kizuna.platform.calendar;

import java.time.LocalDate;
import java.time.Year;

/** The whole calendar years, first to last inclusive, for which the bundled holiday data is complete. */
public record Coverage(Year first, Year last) {

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atMonth(12).atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return first + "–" + last;
    }
}
