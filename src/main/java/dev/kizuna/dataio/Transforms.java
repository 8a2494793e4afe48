package dev.kizuna.dataio;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.platform.text.JapaneseText;

/**
 * Values as people type them in Japanese spreadsheets, turned into what Kizuna stores: dates in every common form
 * (2024/1/5, 2024-01-05, 2024年1月5日, 令和6年1月5日, R6.1.5, Excel serial numbers), numbers with commas, 円, 万 and
 * full-width digits, yes/no in Japanese and English. Each returns null for an empty value and throws
 * {@link Invalid} (with the rule's message code) for one it cannot read.
 */
final class Transforms {

    /** A value that cannot be read; {@code code} names the rule (a message code). */
    static final class Invalid extends RuntimeException {
        final String code;

        Invalid(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    private static final Map<String, Integer> ERAS = Map.ofEntries(Map.entry("令和", 2018), Map.entry("R", 2018),
            Map.entry("平成", 1988), Map.entry("H", 1988), Map.entry("昭和", 1925), Map.entry("S", 1925),
            Map.entry("大正", 1911), Map.entry("T", 1911), Map.entry("明治", 1867), Map.entry("M", 1867));
    private static final Pattern ERA_DATE = Pattern.compile(
            "(令和|平成|昭和|大正|明治|[RHSTM])\\s*(元|\\d{1,2})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Transforms() {
    }

    static LocalDate date(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        s = s.toUpperCase(Locale.ROOT);
        try {
            Matcher m = ERA_DATE.matcher(s);
            if (m.matches()) {
                int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
                return LocalDate.of(ERAS.get(m.group(1)) + year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            }
            m = DATE.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT_DATE.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(s).matches()) {
                double serial = Double.parseDouble(s);
                if (serial >= 1 && serial < 2_958_466) { // Excel's 1900-01-01 … 9999-12-31
                    return EXCEL_EPOCH.plusDays((long) serial);
                }
            }
        } catch (DateTimeException e) {
            throw new Invalid("ImportDate");
        }
        throw new Invalid("ImportDate");
    }

    private static final Pattern TIME = Pattern.compile(".*?[ T](\\d{1,2})[:時](\\d{2})(?:[:分](\\d{2}))?.*");
    /** Times in files without an offset are Japan time. */
    static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");

    /**
     * A moment: ISO with an offset (Salesforce's 2024-01-05T01:00:00.000Z, +0900 too), or a date as {@link #date}
     * reads it with an optional time (2024/1/5 14:30, 2024-01-05 14:30:00, 14時30分) in Japan time, or an Excel
     * serial with a fraction of a day. A date alone is midnight.
     */
    static java.time.Instant dateTime(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
        } catch (DateTimeException e) {
            // not ISO with an offset: read as Japan time below
        }
        if (SERIAL.matcher(s).matches() && s.contains(".")) {
            double serial = Double.parseDouble(s);
            if (serial >= 1 && serial < 2_958_466) {
                long seconds = Math.round((serial - Math.floor(serial)) * 86_400);
                return EXCEL_EPOCH.plusDays((long) serial).atStartOfDay(TOKYO).plusSeconds(seconds).toInstant();
            }
        }
        LocalDate day = date(s);
        Matcher m = TIME.matcher(s);
        try {
            java.time.LocalTime time = m.matches() ? java.time.LocalTime.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)))
                    : java.time.LocalTime.MIDNIGHT;
            return day.atTime(time).atZone(TOKYO).toInstant();
        } catch (DateTimeException e) {
            throw new Invalid("ImportDate");
        }
    }

    /** A whole number: 1,234 / １２３４ / 1234円 / ¥1,234 (also as Shift_JIS writes it, \1,234) / 12万 / 1.5億 / 30人. */
    static Long wholeNumber(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        // a yen sign saved as Shift_JIS is byte 0x5C, which reads back as a backslash
        s = s.replace(",", "").replace("¥", "").replace("￥", "").replace("\\", "").replace("円", "").replace("人", "").replace("名", "")
                .replace("社", "").replace(" ", "");
        long factor = 1;
        if (s.endsWith("億")) {
            factor = 100_000_000L;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("万")) {
            factor = 10_000L;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("千")) {
            factor = 1_000L;
            s = s.substring(0, s.length() - 1);
        }
        try {
            return new BigDecimal(s).multiply(BigDecimal.valueOf(factor)).setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Invalid("ImportNumber");
        }
    }

    static Integer smallNumber(String raw) {
        Long value = wholeNumber(raw);
        if (value == null) {
            return null;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new Invalid("ImportNumber");
        }
        return value.intValue();
    }

    /** 1/0, true/false, yes/no, y/n, on/off, はい/いいえ, 可/不可, 有/無, ○/×, ✓, 済. Empty is false. */
    static boolean yesNo(String raw) {
        String s = clean(raw);
        if (s == null) {
            return false;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "on", "はい", "可", "有", "あり", "○", "◯", "〇", "✓", "✔", "済", "希望", "する" -> true;
            case "0", "false", "no", "n", "off", "いいえ", "不可", "無", "なし", "×", "✕", "-", "未", "しない", "拒否" -> false;
            default -> throw new Invalid("ImportBoolean");
        };
    }

    /** NFKC (full-width digits and letters, half-width kana), stripped; null when nothing is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = JapaneseText.normalize(raw);
        return s == null || s.isBlank() ? null : s.strip();
    }
}
