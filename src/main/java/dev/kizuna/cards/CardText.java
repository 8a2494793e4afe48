package dev.kizuna.cards;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What OCR text of a Japanese card looks like once tidied: NFKC (full-width digits and letters, ㈱ → (株),
 * vertical brackets ︵︶ → ( )), no spaces between Japanese characters (the engine puts some between every kanji),
 * the hyphen look-alikes made hyphens.
 */
final class CardText {

    private static final Pattern SPACE_BETWEEN_JAPANESE =
            Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〒()]) +(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々()])");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−ｰ]");
    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}ー・ ]+");
    private static final Pattern HIRAGANA = Pattern.compile("[\\p{IsHiragana}ー・ ]+");

    private CardText() {
    }

    static String tidy(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u3000', ' ').strip();
        s = DASHES.matcher(s).replaceAll("-");
        s = s.replaceAll("\\s+", " ");
        return spacedOut(s) ? SPACE_BETWEEN_JAPANESE.matcher(s).replaceAll("") : s;
    }

    /** 「株 式 会 社」: words of one or two characters on average are letters the engine set apart, not words. */
    private static boolean spacedOut(String s) {
        String[] words = s.split(" ");
        return words.length > 1 && (double) compact(s).length() / words.length < 2.5;
    }

    /** Without any space: how Japanese words compare. */
    static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    /** Only katakana (and ー・ and spaces), at least three of them: a printed reading. */
    static boolean isKatakana(String s) {
        return s != null && compact(s).length() >= 3 && KANA.matcher(s).matches();
    }

    static boolean isHiragana(String s) {
        return s != null && compact(s).length() >= 3 && HIRAGANA.matcher(s).matches();
    }

    static String toKatakana(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /** Japanese characters in the text, as a share of its non-space characters (0–1). */
    static double japaneseShare(String s) {
        String c = compact(s);
        if (c.isEmpty()) {
            return 0;
        }
        long japanese = c.codePoints().filter(CardText::japanese).count();
        return (double) japanese / c.codePointCount(0, c.length());
    }

    static boolean japanese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || cp == 'ー' || cp == '々';
    }
}
