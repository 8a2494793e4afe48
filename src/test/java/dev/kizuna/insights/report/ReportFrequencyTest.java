package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** Which days a scheduled report goes out, without Spring. */
class ReportFrequencyTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    void dailyMeansEveryBusinessDay() {
        assertThat(ReportFrequency.DAILY.sendsOn(LocalDate.of(2027, 1, 8), null, null, calendar)).as("Friday").isTrue();
        assertThat(ReportFrequency.DAILY.sendsOn(LocalDate.of(2027, 1, 9), null, null, calendar)).as("Saturday").isFalse();
        assertThat(ReportFrequency.DAILY.sendsOn(LocalDate.of(2027, 1, 11), null, null, calendar)).as("成人の日").isFalse();
        assertThat(ReportFrequency.DAILY.sendsOn(LocalDate.of(2027, 1, 12), null, null, calendar)).as("Tuesday").isTrue();
    }

    @Test
    void weeklyMeansItsWeekdayHolidayOrNot() {
        assertThat(ReportFrequency.WEEKLY.sendsOn(LocalDate.of(2027, 1, 11), DayOfWeek.MONDAY, null, calendar)).isTrue();
        assertThat(ReportFrequency.WEEKLY.sendsOn(LocalDate.of(2027, 1, 12), DayOfWeek.MONDAY, null, calendar)).isFalse();
    }

    @Test
    void monthlyMeansItsDayOfTheMonth() {
        assertThat(ReportFrequency.MONTHLY.sendsOn(LocalDate.of(2027, 2, 28), null, 28, calendar)).isTrue();
        assertThat(ReportFrequency.MONTHLY.sendsOn(LocalDate.of(2027, 3, 27), null, 28, calendar)).isFalse();
        assertThat(ReportFrequency.MONTHLY.sendsOn(LocalDate.of(2027, 3, 1), null, 1, calendar)).isTrue();
    }

    @Test
    void codesAreWhatTheApiWrites() {
        assertThat(ReportFrequency.of("monthly")).isEqualTo(ReportFrequency.MONTHLY);
        assertThat(ReportFrequency.of("MONTHLY")).isNull();
        assertThat(ReportFrequency.of("yearly")).isNull();
        assertThat(ReportFrequency.DAILY.code()).isEqualTo("daily");
    }
}
