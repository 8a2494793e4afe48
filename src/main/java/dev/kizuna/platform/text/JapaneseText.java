package dev.kizuna.platform.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Japanese text as people type it: full-/half-width variants, hiragana or katakana readings. Readings
 * (フリガナ) are stored as full-width katakana so that lists sort in あいうえお order.
 */
public final class JapaneseText {

    private static final Pattern READING = Pattern.compile("^[\\p{InKatakana}\\u30FC\\u3000 ・]*$");

    private JapaneseText() {
    }

    /** NFKC (half-width カナ → full-width, full-width ＡＢＣ → ABC), trimmed, inner spaces collapsed. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    /** A reading typed in hiragana or half-width katakana, as full-width katakana. */
    public static String toKatakanaReading(String text) {
        String normalized = normalize(text);
        if (normalized == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return out.toString();
    }

    /** Whether a (normalised) reading is only katakana, the long-vowel mark, spaces and middle dots. */
    public static boolean isReading(String text) {
        return text == null || READING.matcher(text).matches();
    }
}
