package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** Where the stall rule draws its lines at a moment: business days in Japan, weekends and holidays skipped. */
class StallRuleTest {

    static final BusinessCalendar CALENDAR = new BusinessCalendar();

    @Test
    void todayIsTheDayInTokyoNotInUtc() {
        var asOf = StallRule.AsOf.at(Instant.parse("2026-12-07T16:00:00Z"), 3, CALENDAR); // Tue 01:00 in Tokyo
        assertThat(asOf.today()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void idleCountsBusinessDaysBackSkippingTheWeekend() {
        var asOf = StallRule.AsOf.at(Instant.parse("2026-12-08T03:00:00Z"), 3, CALENDAR); // Tue 12:00 in Tokyo
        // Tue → Mon, Fri, Thu: idle when nothing happened since Thursday 00:00 in Tokyo
        assertThat(asOf.idleBefore()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(asOf.idleBusinessDays()).isEqualTo(3);
    }

    @Test
    void idleSkipsJapaneseHolidays() {
        var asOf = StallRule.AsOf.at(Instant.parse("2026-05-07T03:00:00Z"), 1, CALENDAR); // Thu after Golden Week
        // 5/6 is a substitute holiday, 5/3–5/5 holidays, 5/2 Saturday: one business day back is Fri 5/1
        assertThat(asOf.idleBefore()).isEqualTo(Instant.parse("2026-04-30T15:00:00Z"));
    }
}
