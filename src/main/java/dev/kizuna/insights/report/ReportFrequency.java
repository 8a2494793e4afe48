package dev.kizuna.insights.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.kizuna.platform.calendar.BusinessCalendar;

/**
 * How often a scheduled report goes out: every business day (weekends and national holidays skipped, like the daily
 * report), every week on a weekday, or every month on a day from 1 to 28 (a day every month has).
 */
public enum ReportFrequency {
    DAILY, WEEKLY, MONTHLY;

    public static final int LAST_MONTH_DAY = 28;

    /** Whether a schedule of this frequency sends on {@code day}. */
    boolean sendsOn(LocalDate day, DayOfWeek weekday, Integer monthDay, BusinessCalendar calendar) {
        return switch (this) {
            case DAILY -> calendar.isBusinessDay(day);
            case WEEKLY -> day.getDayOfWeek() == weekday;
            case MONTHLY -> monthDay != null && day.getDayOfMonth() == monthDay;
        };
    }

    /** As the API and the database write it: daily, weekly, monthly. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The frequency of that code, or null when there is none. */
    public static ReportFrequency of(String code) {
        for (ReportFrequency f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }
}
