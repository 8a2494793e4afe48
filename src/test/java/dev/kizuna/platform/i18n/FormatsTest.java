package dev.kizuna.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

class FormatsTest {

    private final Formats formats = new Formats();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static void as(Locale locale, String zone) {
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone)));
    }

    @Test
    void storedUtcIsShownInTheUsersZone() {
        as(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(formats.dateTime(Instant.parse("2026-11-23T15:30:00Z"))).isEqualTo("2026/11/24 00:30");
        assertThat(formats.iso(Instant.parse("2026-11-23T15:30:00Z"))).isEqualTo("2026-11-24T00:30:00+09:00");
    }

    @Test
    void datesAndMoneyReadNaturallyInEachLanguage() {
        as(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("2026/11/23(月)");
        assertThat(formats.money(1_234_500, "JPY")).isEqualTo("￥1,234,500");
        as(Locale.ENGLISH, "UTC");
        assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("Nov 23, 2026");
        assertThat(formats.money(1_234_500, "JPY")).isEqualTo("¥1,234,500");
        assertThat(formats.dateTime(null)).isEmpty();
    }

    @Test
    void aSpanOfDaysReadsAsPeopleWriteItNotAsIsoDotDot() {
        as(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(formats.dateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6))).isEqualTo("2026年12月1日〜6日");
        assertThat(formats.dateRange(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 6))).isEqualTo("2026年11月28日〜12月6日");
        assertThat(formats.dateRange(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3))).isEqualTo("2026年12月28日〜2027年1月3日");
        assertThat(formats.dateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEqualTo("2026年11月");
        as(Locale.ENGLISH, "UTC");
        assertThat(formats.dateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6))).isEqualTo("Dec 1–6, 2026");
        assertThat(formats.dateRange(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 6))).isEqualTo("Nov 28 – Dec 6, 2026");
        assertThat(formats.dateRange(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3))).isEqualTo("Dec 28, 2026 – Jan 3, 2027");
        assertThat(formats.monthRange(java.time.YearMonth.of(2026, 4), java.time.YearMonth.of(2026, 9))).isEqualTo("Apr – Sep 2026");
        as(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(formats.monthRange(java.time.YearMonth.of(2026, 4), java.time.YearMonth.of(2026, 9))).isEqualTo("2026年4月〜9月");
        assertThat(formats.monthRange(java.time.YearMonth.of(2026, 12), java.time.YearMonth.of(2027, 3))).isEqualTo("2026年12月〜2027年3月");
    }
}
