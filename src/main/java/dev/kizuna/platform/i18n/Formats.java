package dev.kizuna.platform.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and money for people, in the request's language and the user's time zone. Templates call
 * it as {@code ${@fmt.dateTime(user.createdAt)}}. Stored times are UTC instants; money is an integer in
 * the currency's minor unit (yen have none).
 */
@Component("fmt")
public class Formats {

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter format = isJapanese(locale)
                ? DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        return format.withZone(zone()).format(instant);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter format = isJapanese(locale)
                ? DateTimeFormatter.ofPattern("yyyy/MM/dd(E)", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return format.format(date);
    }

    /** A month: 2026年12月, or Dec 2026. */
    public String yearMonth(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(isJapanese(locale) ? "yyyy年M月" : "MMM yyyy", locale).format(month);
    }

    /**
     * A span of days as people write it: 2026年12月1日〜6日 / Dec 1–6, 2026; a whole calendar month is the month
     * (2026年11月 / Nov 2026); one day is that day.
     */
    public String dateRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return date(from == null ? to : from);
        }
        java.time.YearMonth month = java.time.YearMonth.from(from);
        if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())) {
            return yearMonth(month);
        }
        Locale locale = LocaleContextHolder.getLocale();
        boolean ja = isJapanese(locale);
        boolean sameYear = from.getYear() == to.getYear();
        boolean sameMonth = sameYear && from.getMonth() == to.getMonth();
        String first = DateTimeFormatter.ofPattern(ja ? "yyyy年M月d日" : sameYear ? "MMM d" : "MMM d, yyyy", locale).format(from);
        if (from.equals(to)) {
            return DateTimeFormatter.ofPattern(ja ? "yyyy年M月d日" : "MMM d, yyyy", locale).format(from);
        }
        if (ja) {
            return first + "〜" + DateTimeFormatter.ofPattern(sameMonth ? "d日" : sameYear ? "M月d日" : "yyyy年M月d日", locale).format(to);
        }
        return sameMonth ? first + "–" + DateTimeFormatter.ofPattern("d, yyyy", locale).format(to)
                : first + " – " + DateTimeFormatter.ofPattern("MMM d, yyyy", locale).format(to);
    }

    /** A span of months: 2026年4月〜9月, 2026年12月〜2027年3月 / Apr – Sep 2026, Dec 2026 – Mar 2027; one month alone. */
    public String monthRange(java.time.YearMonth from, java.time.YearMonth to) {
        if (from == null || to == null || from.equals(to)) {
            return yearMonth(from == null ? to : from);
        }
        Locale locale = LocaleContextHolder.getLocale();
        boolean sameYear = from.getYear() == to.getYear();
        if (isJapanese(locale)) {
            return yearMonth(from) + "〜" + (sameYear ? DateTimeFormatter.ofPattern("M月", locale).format(to) : yearMonth(to));
        }
        return (sameYear ? DateTimeFormatter.ofPattern("MMM", locale).format(from) : yearMonth(from)) + " – " + yearMonth(to);
    }

    /** A month in a chart's axis: 4月, or Apr. */
    public String shortMonth(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(isJapanese(locale) ? "M月" : "MMM", locale).format(month);
    }

    /** ISO-8601 with offset in the user's zone, for {@code <time datetime>} attributes. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone()));
    }

    /** A file size as people read it: 820 B, 120 KB, 3.4 MB. */
    public String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    public String money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode == null ? "JPY" : currencyCode);
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(isJapanese(locale) ? Locale.JAPAN : Locale.US);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(java.math.BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()));
    }

    /**
     * "ja" for a piece of text people wrote in Japanese (a file's column heading) shown on a page in another language,
     * so {@code th:lang} marks it and a screen reader reads it as Japanese; null (no attribute) otherwise.
     */
    public String langOf(String text) {
        boolean japanese = text != null && text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
        return japanese && !isJapanese(LocaleContextHolder.getLocale()) ? "ja" : null;
    }

    public ZoneId zone() {
        TimeZone zone = LocaleContextHolder.getTimeZone();
        return zone == null ? KizunaLocaleResolver.DEFAULT_ZONE : zone.toZoneId();
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
