package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** When a task becomes backlog on a board: N business days, counted in Japan; no Spring. */
class BacklogRuleTest {

    static final BusinessCalendar CALENDAR = new BusinessCalendar();

    @Test
    void aTaskCreatedOnMondayIsBacklogFromThursdayWithTwoDays() {
        var rule = new BacklogRule(2);
        Instant mondayNoon = Instant.parse("2026-12-07T03:00:00Z");
        assertThat(mondayNoon.isBefore(rule.cutoff(LocalDate.of(2026, 12, 9), CALENDAR))).isFalse(); // Wednesday
        assertThat(mondayNoon.isBefore(rule.cutoff(LocalDate.of(2026, 12, 10), CALENDAR))).isTrue(); // Thursday
    }

    @Test
    void theCutoffIsTheStartOfTheDayInTokyo() {
        assertThat(new BacklogRule(2).cutoff(LocalDate.of(2026, 12, 10), CALENDAR))
                .isEqualTo(Instant.parse("2026-12-07T15:00:00Z")); // Tuesday 00:00 in Tokyo
    }

    @Test
    void weekendsAndHolidaysDoNotCount() {
        // two business days before Friday 5/8 is Friday 5/1: 5/2–5/6 are a weekend and Golden Week
        assertThat(new BacklogRule(2).cutoff(LocalDate.of(2026, 5, 8), CALENDAR))
                .isEqualTo(Instant.parse("2026-04-30T15:00:00Z"));
        assertThat(new BacklogRule(1).cutoff(LocalDate.of(2026, 12, 14), CALENDAR)) // Monday: back to Friday
                .isEqualTo(Instant.parse("2026-12-10T15:00:00Z"));
    }
}
