package dev.kizuna.voice.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.kizuna.voice.Nps;
import dev.kizuna.voice.SurveyBreakdown;
import org.springframework.context.MessageSource;

/**
 * The rows the results chart draws: a label in the reader's language, the NPS, and the shares of detractors, passives
 * and promoters (one stacked bar per segment or month).
 */
record SurveyChartRows(List<Row> segments, List<Row> months) {

    record Row(String label, long answered, Integer score, int detractors, int passives, int promoters) {

        static Row of(String label, Nps nps) {
            int d = SurveyBreakdown.share(nps.detractors(), nps);
            int p = SurveyBreakdown.share(nps.promoters(), nps);
            return new Row(label, nps.answered(), nps.score(), d, nps.answered() == 0 ? 0 : 100 - d - p, p);
        }
    }

    static SurveyChartRows of(SurveyBreakdown b, MessageSource messages, Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern(locale.getLanguage().equals("ja") ? "yyyy年M月" : "MMM yyyy",
                locale);
        return new SurveyChartRows(b.groups().stream().map(g -> Row.of(label(b.by(), g, messages, locale), g.nps()))
                .toList(), b.months().stream().map(m -> Row.of(month.format(m.month()), m.nps())).toList());
    }

    private static String label(String by, SurveyBreakdown.Group g, MessageSource messages, Locale locale) {
        if (g.key() == null) {
            return messages.getMessage("voice.segment.unknown", null, locale);
        }
        if (g.others()) {
            return messages.getMessage("voice.segment.others", null, locale);
        }
        return switch (by) {
            case "band" -> messages.getMessage("success.health.band." + g.key(), null, g.key(), locale);
            case "phase" -> messages.getMessage("success.phase." + g.key(), null, g.key(), locale);
            case "kind" -> messages.getMessage("voice.segment.kind." + g.key(), null, g.key(), locale);
            default -> g.key();
        };
    }

    /** Where a month starts in Tokyo (null for no month: no lower bound). */
    static java.time.Instant start(YearMonth month) {
        return month == null ? null : month.atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant();
    }

    /** Where the month after it starts in Tokyo: the exclusive end of a period ending with {@code month}. */
    static java.time.Instant end(YearMonth month) {
        return month == null ? null : start(month.plusMonths(1));
    }

    /** A month typed in a month field (2026-12), or null when blank or not a month. */
    static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
