package dev.kizuna.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * The days a compliance figure is about, both ends included, in Tokyo time: a month ({@code 2026-11}) or any
 * range of days. {@link #end()} is the first instant after the period.
 */
public record CompliancePeriod(LocalDate from, LocalDate to) {

    /** The longest range accepted, so that one request cannot ask for decades of figures. */
    public static final int MAX_DAYS = 366;

    public CompliancePeriod {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new RuleViolationException(FieldProblem.of("period", "Period", MAX_DAYS));
        }
    }

    public static CompliancePeriod month(YearMonth month) {
        return new CompliancePeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** {@code 2026-11} (a month) or {@code 2026-11-01..2026-11-15}; anything else is a field problem on period. */
    public static CompliancePeriod parse(String text) {
        try {
            if (text != null && text.contains("..")) {
                String[] ends = text.split("\\.\\.", 2);
                return new CompliancePeriod(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip()));
            }
            return month(YearMonth.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of("period", "Period", MAX_DAYS));
        }
    }

    public Instant start() {
        return from.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
    }

    /** A whole calendar month? Then {@code 2026-11}, else {@code from..to}. */
    public String label() {
        YearMonth month = YearMonth.from(from);
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? month.toString() : from + ".." + to;
    }
}
