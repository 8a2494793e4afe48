package dev.kizuna.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells interface text of the wrong language from user data by the messages themselves: on a Japanese page, a
 * piece of text that is exactly an English message (or a message key) leaked; on an English page, text that is a
 * Japanese message or holds a longer one. Names, notes and other records are in neither file, so they pass.
 */
final class SweepLanguage {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w/-])\\d{4}-\\d{2}-\\d{2}(?![\\w/-])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|''?|<[^>]*>");
    /** Words that are the same in both languages' UI (brand, formats, abbreviations). */
    private static final Set<String> SHARED = Set.of("Kizuna", "API", "CSV", "Excel", "LTV", "NPS", "KPI", "KGI", "LINE",
            "Chatwork", "Slack", "OK", "F0", "F1", "F2", "F3", "F4", "URL", "ID", "PDF", "CSAT", "Web", "English", "FAX", "HTML");

    private final Set<String> keys = new HashSet<>();
    private final Set<String> english = new HashSet<>();
    private final Set<String> japaneseExact = new HashSet<>();
    private final List<String> japaneseLong = new ArrayList<>();

    SweepLanguage() {
        Properties en = load("/messages.properties");
        Properties ja = load("/messages_ja.properties");
        for (String key : en.stringPropertyNames()) {
            keys.add(key);
            String e = en.getProperty(key).strip();
            String j = ja.getProperty(key, "").strip();
            if (e.equals(j)) {
                continue;
            }
            if (!PLACEHOLDER.matcher(e).find() && e.matches(".*[A-Za-z]{3}.*") && !SHARED.contains(e)
                    && !JAPANESE.matcher(e).find()) {
                english.add(e);
            }
            for (String part : PLACEHOLDER.split(j)) {
                String piece = part.strip();
                if (!JAPANESE.matcher(piece).find()) {
                    continue;
                }
                // Short words (電話, 失注, 管理者) are also names people give records: only longer ones count alone.
                if (piece.equals(j) && piece.codePointCount(0, piece.length()) >= 4) {
                    japaneseExact.add(piece);
                }
                if (piece.codePointCount(0, piece.length()) >= 6) {
                    japaneseLong.add(piece);
                }
            }
        }
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = SweepLanguage.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** What on a page in {@code language} is in the other language or a bare key; texts are the page's pieces. */
    List<String> leaks(String language, List<String> texts) {
        var found = new ArrayList<String>();
        for (String raw : texts) {
            String text = raw.strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                continue;
            }
            if (text.contains("??") && text.matches(".*\\?\\?[\\w.]+_\\w+\\?\\?.*")) {
                found.add("untranslated key: " + text);
            } else if (ISO_DATE.matcher(text).find()) {
                found.add("date written as ISO instead of for people: " + text);
            } else if (keys.contains(text) && text.contains(".")) {
                found.add("message key shown: " + text);
            } else if ("ja".equals(language) && english.contains(text)) {
                found.add("English on a Japanese page: " + text);
            } else if ("en".equals(language) && JAPANESE.matcher(text).find() && isJapaneseMessage(text)) {
                found.add("Japanese on an English page: " + text);
            }
        }
        return found;
    }

    private boolean isJapaneseMessage(String text) {
        return japaneseExact.contains(text) || japaneseLong.stream().anyMatch(text::contains);
    }

    /** Whether the text has Japanese in it (listed for a person to read on English pages). */
    static boolean hasJapanese(String text) {
        return JAPANESE.matcher(text).find();
    }
}
