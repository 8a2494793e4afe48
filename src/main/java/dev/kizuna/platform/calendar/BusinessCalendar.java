package dev.kizuna.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Japanese business-day calendar every module shares: which days are national holidays (祝日, 振替休日,
 * 国民の休日), which are business days (営業日), and due dates counted in business days.
 * <p>
 * A business day is a day that is not a Saturday, not a Sunday and not a national holiday. The year-end break
 * (12/31–1/3) and other company closed days are <em>not</em> excluded by default: they differ from company to
 * company. The package-private constructor already takes a set of extra closed days, so configuring them later
 * (a property or a table) only needs a way to feed that set; {@link #isHoliday} and {@link #holiday} keep
 * answering about national holidays only.
 * <p>
 * Holidays come from data bundled in the jar ({@code resources/calendar}, see its NOTICE.md), read once at
 * startup. Every method throws {@link OutsideCoverageException} for a day outside {@link #coverage()} — also when
 * it would have to walk past its edge — instead of calling an unknown day a business day.
 */
@Component
public class BusinessCalendar {

    private final NationalHolidays holidays;
    private final Set<LocalDate> companyClosedDays;

    /** The calendar of the bundled national holidays, without company closed days. */
    public BusinessCalendar() {
        this(NationalHolidays.bundled(), Set.of());
    }

    BusinessCalendar(NationalHolidays holidays, Set<LocalDate> companyClosedDays) {
        this.holidays = holidays;
        this.companyClosedDays = Set.copyOf(companyClosedDays);
    }

    /** The first and last whole years the holiday data covers (1970–2050 in the bundled data). */
    public Coverage coverage() {
        return holidays.coverage();
    }

    /** Whether the day is a national holiday, including one that falls on a weekend. */
    public boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /** The holiday on that day, with its Japanese and English names, if it is one. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.on(covered(date)));
    }

    /** The holiday's Japanese name as the data writes it: 元日, こどもの日 振替休日, 休日 (国民の休日), … */
    public Optional<String> holidayName(LocalDate date) {
        return holiday(date).map(Holiday::name);
    }

    /** The national holidays between two days, both inclusive, in date order. */
    public List<Holiday> holidaysBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        covered(fromInclusive);
        covered(toInclusive);
        return fromInclusive.isAfter(toInclusive) ? List.of()
                : List.copyOf(holidays.between(fromInclusive, toInclusive).values());
    }

    /** Not a Saturday, not a Sunday, not a national holiday (nor a configured company closed day). */
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = covered(date).getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && holidays.on(date) == null && !companyClosedDays.contains(date);
    }

    /** The first business day after the given day (the day itself is never the answer). */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last business day before the given day (the day itself is never the answer). */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The n-th business day after the day (n &gt; 0) or before it (n &lt; 0), not counting the day itself:
     * "due in 2 business days" from Friday 2026-05-01 is Friday 2026-05-08 (5/4–5/6 are holidays). n = 0 answers
     * the day itself, business day or not.
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        LocalDate day = covered(date);
        for (int i = 0; i < Math.abs(n); i++) {
            day = n > 0 ? nextBusinessDay(day) : previousBusinessDay(day);
        }
        return day;
    }

    /**
     * How many business days lie after {@code fromExclusive} up to and including {@code toInclusive}: from a
     * Friday to the next Tuesday after a Monday holiday is 1. When {@code toInclusive} is before
     * {@code fromExclusive} the answer is the negated count with the two swapped. For n &gt;= 0,
     * {@code businessDaysBetween(d, addBusinessDays(d, n)) == n}.
     */
    public long businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -businessDaysBetween(toInclusive, fromExclusive);
        }
        covered(fromExclusive);
        return fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1)).filter(this::isBusinessDay).count();
    }

    /**
     * The calendar days a daily report sent on business day {@code reportDay} is about: from the previous
     * business day up to the day before the report, so that consecutive reports cover every day exactly once.
     * On a Tuesday after a normal Monday that is Monday only; on a Monday, Friday to Sunday; on the Tuesday after
     * a Monday holiday, Friday to Monday (the last business day and the three days off).
     *
     * @throws IllegalArgumentException if {@code reportDay} is not a business day (no report is due on it)
     */
    public List<LocalDate> daysCoveredByReportOn(LocalDate reportDay) {
        if (!isBusinessDay(reportDay)) {
            throw new IllegalArgumentException(reportDay + " is not a business day, so no daily report is due on it");
        }
        return previousBusinessDay(reportDay).datesUntil(reportDay).toList();
    }

    /**
     * The days off (weekend days, holidays, closed days) between the last business day before {@code day} and
     * {@code day}, in date order: Saturday to Monday before the Tuesday after a Monday holiday, Saturday and Sunday
     * before a Monday, none before a normal Tuesday. What a person returning on {@code day} has missed.
     */
    public List<LocalDate> daysOffBefore(LocalDate day) {
        return previousBusinessDay(day).plusDays(1).datesUntil(day).toList();
    }

    private LocalDate covered(LocalDate date) {
        if (!coverage().contains(date)) {
            throw new OutsideCoverageException(date, coverage());
        }
        return date;
    }
}
