package dev.kizuna.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facts checked against resources/calendar/holidays-jp.tsv (@holiday-jp/holiday_jp 2.5.1). */
class BusinessCalendarTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> days(String... iso) {
        return Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void goldenWeek2026HasShowaDayAndFourHolidaysInARowEndingWithASubstituteHoliday() {
        assertThat(CALENDAR.holidayName(day("2026-04-29"))).contains("昭和の日");
        assertThat(CALENDAR.holidayName(day("2026-05-03"))).contains("憲法記念日");
        assertThat(CALENDAR.holidayName(day("2026-05-04"))).contains("みどりの日");
        assertThat(CALENDAR.holidayName(day("2026-05-05"))).contains("こどもの日");
        assertThat(CALENDAR.holiday(day("2026-05-06")))
                .contains(new Holiday(day("2026-05-06"), "こどもの日 振替休日", "Holiday in lieu"));

        assertThat(CALENDAR.isBusinessDay(day("2026-04-30"))).isTrue();
        assertThat(CALENDAR.isBusinessDay(day("2026-05-01"))).isTrue();
        assertThat(day("2026-05-02").datesUntil(day("2026-05-07"))).noneMatch(CALENDAR::isBusinessDay);
        assertThat(CALENDAR.isBusinessDay(day("2026-05-07"))).isTrue();
        assertThat(CALENDAR.holidaysBetween(day("2026-04-01"), day("2026-05-31"))).extracting(Holiday::date)
                .containsExactlyElementsOf(days("2026-04-29", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06"));
    }

    @Test
    void aHolidayOnASundayIsStillAHolidayButAnOrdinaryWeekendIsNot() {
        assertThat(CALENDAR.isHoliday(day("2026-05-03"))).isTrue();
        assertThat(CALENDAR.isHoliday(day("2026-05-02"))).isFalse();
        assertThat(CALENDAR.holidayName(day("2026-05-02"))).isEmpty();
        assertThat(CALENDAR.isBusinessDay(day("2026-05-02"))).isFalse();
    }

    @Test
    void silverWeek2026IsFiveDaysOffWithACitizensHolidayBetweenTwoHolidays() {
        assertThat(CALENDAR.holidayName(day("2026-09-21"))).contains("敬老の日");
        assertThat(CALENDAR.holiday(day("2026-09-22")))
                .contains(new Holiday(day("2026-09-22"), "休日", "Citizen's Holiday"));
        assertThat(CALENDAR.holidayName(day("2026-09-23"))).contains("秋分の日");

        assertThat(CALENDAR.nextBusinessDay(day("2026-09-18"))).isEqualTo("2026-09-24");
        assertThat(CALENDAR.previousBusinessDay(day("2026-09-24"))).isEqualTo("2026-09-18");
        assertThat(CALENDAR.daysOffBefore(day("2026-09-24")))
                .containsExactlyElementsOf(days("2026-09-19", "2026-09-20", "2026-09-21", "2026-09-22", "2026-09-23"));
    }

    @Test
    void newYearsDayIsAHolidayButTheYearEndBreakIsNotClosedByDefault() {
        assertThat(CALENDAR.holidayName(day("2026-01-01"))).contains("元日");
        assertThat(CALENDAR.holidayName(day("2027-01-01"))).contains("元日");
        assertThat(CALENDAR.isBusinessDay(day("2025-12-31"))).isTrue();
        assertThat(CALENDAR.nextBusinessDay(day("2025-12-31"))).isEqualTo("2026-01-02");
        assertThat(CALENDAR.previousBusinessDay(day("2026-01-02"))).isEqualTo("2025-12-31");
        assertThat(CALENDAR.nextBusinessDay(day("2026-12-31"))).isEqualTo("2027-01-04");
        assertThat(CALENDAR.addBusinessDays(day("2026-12-30"), 2)).isEqualTo("2027-01-04");
        assertThat(CALENDAR.businessDaysBetween(day("2026-12-25"), day("2027-01-08"))).isEqualTo(9);
    }

    @Test
    void companyClosedDaysAreNotBusinessDaysButStayNonHolidays() {
        Set<LocalDate> yearEnd = Set.copyOf(days("2026-12-29", "2026-12-30", "2026-12-31", "2027-01-02", "2027-01-03"));
        BusinessCalendar closedAtYearEnd = new BusinessCalendar(NationalHolidays.bundled(), yearEnd);

        assertThat(closedAtYearEnd.isBusinessDay(day("2026-12-30"))).isFalse();
        assertThat(closedAtYearEnd.isHoliday(day("2026-12-30"))).isFalse();
        assertThat(closedAtYearEnd.nextBusinessDay(day("2026-12-28"))).isEqualTo("2027-01-04");
        assertThat(CALENDAR.nextBusinessDay(day("2026-12-28"))).isEqualTo("2026-12-29");
    }

    @Test
    void theReportAfterAThreeDayWeekendCoversTheLastBusinessDayAndTheThreeDaysOff() {
        assertThat(CALENDAR.holidayName(day("2026-07-20"))).contains("海の日");

        assertThat(CALENDAR.daysOffBefore(day("2026-07-21"))).hasSize(3)
                .containsExactlyElementsOf(days("2026-07-18", "2026-07-19", "2026-07-20"));
        assertThat(CALENDAR.daysCoveredByReportOn(day("2026-07-21")))
                .containsExactlyElementsOf(days("2026-07-17", "2026-07-18", "2026-07-19", "2026-07-20"));
    }

    @Test
    void anOrdinaryReportCoversTheDayBeforeAndAMondayReportTheWeekend() {
        assertThat(CALENDAR.daysCoveredByReportOn(day("2026-07-14"))).containsExactly(day("2026-07-13"));
        assertThat(CALENDAR.daysOffBefore(day("2026-07-14"))).isEmpty();
        assertThat(CALENDAR.daysCoveredByReportOn(day("2026-07-13")))
                .containsExactlyElementsOf(days("2026-07-10", "2026-07-11", "2026-07-12"));
    }

    @Test
    void dailyReportsOverAYearCoverEveryDayExactlyOnce() {
        List<LocalDate> covered = new ArrayList<>();
        LocalDate report = CALENDAR.nextBusinessDay(day("2026-01-01"));
        while (report.getYear() == 2026) {
            covered.addAll(CALENDAR.daysCoveredByReportOn(report));
            report = CALENDAR.nextBusinessDay(report);
        }
        LocalDate lastReport = CALENDAR.previousBusinessDay(report);
        assertThat(covered).containsExactlyElementsOf(
                CALENDAR.previousBusinessDay(day("2026-01-02")).datesUntil(lastReport).toList());
    }

    @Test
    void noReportIsDueOnADayOff() {
        assertThatThrownBy(() -> CALENDAR.daysCoveredByReportOn(day("2026-05-05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-05-05");
    }

    @Test
    void dueDatesCountedInBusinessDaysSkipGoldenWeek() {
        assertThat(CALENDAR.addBusinessDays(day("2026-05-01"), 2)).isEqualTo("2026-05-08");
        assertThat(CALENDAR.addBusinessDays(day("2026-04-28"), 3)).isEqualTo("2026-05-07");
        assertThat(CALENDAR.addBusinessDays(day("2026-05-07"), -1)).isEqualTo("2026-05-01");
        assertThat(CALENDAR.addBusinessDays(day("2026-05-07"), -3)).isEqualTo("2026-04-28");
        assertThat(CALENDAR.addBusinessDays(day("2026-05-03"), 0)).isEqualTo("2026-05-03");
        assertThat(CALENDAR.addBusinessDays(day("2026-05-03"), 1)).isEqualTo("2026-05-07");

        assertThat(CALENDAR.businessDaysBetween(day("2026-04-28"), day("2026-05-08"))).isEqualTo(4);
        assertThat(CALENDAR.businessDaysBetween(day("2026-05-08"), day("2026-04-28"))).isEqualTo(-4);
        assertThat(CALENDAR.businessDaysBetween(day("2026-05-01"), day("2026-05-06"))).isZero();
        assertThat(CALENDAR.businessDaysBetween(day("2026-05-01"), day("2026-05-01"))).isZero();
    }

    @Test
    void countingBetweenUndoesAddingForEveryDayOf2026() {
        day("2026-01-01").datesUntil(day("2027-01-01")).forEach(start -> {
            for (int n = 0; n <= 15; n++) {
                assertThat(CALENDAR.businessDaysBetween(start, CALENDAR.addBusinessDays(start, n)))
                        .as("%s + %d business days", start, n).isEqualTo(n);
            }
        });
    }

    @Test
    void recentMovesOfHolidaysAreInTheData() {
        assertThat(CALENDAR.holidayName(day("2020-07-24"))).contains("スポーツの日");
        assertThat(CALENDAR.holidayName(day("2021-08-09"))).contains("山の日 振替休日");
        assertThat(CALENDAR.holidayName(day("2019-05-01"))).contains("休日（祝日扱い）");
        assertThat(CALENDAR.holidayName(day("2018-12-24"))).contains("天皇誕生日 振替休日");
        assertThat(CALENDAR.isHoliday(day("2019-12-23"))).isFalse();
        assertThat(CALENDAR.holidayName(day("2026-02-23"))).contains("天皇誕生日");
    }

    @Test
    void theBundledDataCoversWholeYears1970To2050() {
        assertThat(CALENDAR.coverage()).isEqualTo(new Coverage(Year.of(1970), Year.of(2050)));
        assertThat(CALENDAR.isBusinessDay(day("2050-12-30"))).isTrue();
        assertThat(CALENDAR.holidayName(day("1970-01-01"))).contains("元日");
    }

    @Test
    void daysOutsideTheCoverageAreRefusedNotGuessed() {
        assertThatThrownBy(() -> CALENDAR.isBusinessDay(day("2051-01-04")))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageContaining("2051-01-04").hasMessageContaining("1970–2050");
        assertThatThrownBy(() -> CALENDAR.holidayName(day("1969-12-31"))).isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> CALENDAR.businessDaysBetween(day("2050-12-01"), day("2051-01-10")))
                .isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void walkingPastTheEdgeOfTheCoverageIsRefusedToo() {
        assertThatThrownBy(() -> CALENDAR.nextBusinessDay(day("2050-12-30")))
                .isInstanceOfSatisfying(OutsideCoverageException.class,
                        e -> assertThat(e.date()).isEqualTo("2051-01-01"));
        assertThatThrownBy(() -> CALENDAR.previousBusinessDay(day("1970-01-02")))
                .isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> CALENDAR.addBusinessDays(day("2050-12-20"), 10))
                .isInstanceOf(OutsideCoverageException.class);
    }
}
