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

    /**
     * Text as the person typed or imported it, only trimmed (runs of ASCII spaces, tabs and line breaks become one
     * space): ㈱, ①, 﨑 and full-width letters stay. Folding belongs in {@link #searchKey} and duplicate checks only.
     */
    public static String asTyped(String text) {
        if (text == null) {
            return null;
        }
        return text.strip().replaceAll("[ \\t\\r\\n]+", " ");
    }

    /**
     * Half-width katakana (ｻｸﾗ ｾｲｷ, ｶﾞ) as full-width (サクラ セイキ, ガ), the rest untouched: what old systems wrote in
     * half-width is stored as people write it today, without folding ㈱ or ① on the way.
     */
    public static String widenKana(String text) {
        if (text == null) {
            return null;
        }
        int start = -1;
        StringBuilder out = null;
        for (int i = 0; i <= text.length(); i++) {
            boolean half = i < text.length() && text.charAt(i) >= '\uFF61' && text.charAt(i) <= '\uFF9F';
            if (half && start < 0) {
                start = i;
            } else if (!half && start >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, start);
                }
                out.append(Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFKC));
                start = -1;
            }
            if (!half && start < 0 && out != null && i < text.length()) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
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

    /**
     * The form in which text is stored for search and in which a search is typed: NFKC, lower case,
     * katakana folded to hiragana, without spaces and hyphens (the long-vowel mark ー stays). So
     * "ﾀﾅｶ ｼｮｳｼﾞ", "たなかしょうじ" and "タナカ ショウジ" all become "たなかしょうじ", and "03-1234-5678" becomes
     * "0312345678".
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012'
                    || c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\uFF0D') {
                return;
            }
            out.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c);
        });
        return out.toString();
    }

    /**
     * The distinct two-character pieces of the search keys of some texts ("さくら精機" → さく, くら, ら精, 精機), for
     * an index that serves searches too short for trigrams.
     */
    public static java.util.List<String> bigrams(String... texts) {
        java.util.LinkedHashSet<String> grams = new java.util.LinkedHashSet<>();
        for (String text : texts) {
            int[] cps = searchKey(text).codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        return java.util.List.copyOf(grams);
    }

    /** Whether a (normalised) reading is only katakana, the long-vowel mark, spaces and middle dots. */
    public static boolean isReading(String text) {
        return text == null || READING.matcher(text).matches();
    }
}
