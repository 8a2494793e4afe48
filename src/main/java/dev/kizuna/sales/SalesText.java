package dev.kizuna.sales;

import dev.kizuna.platform.text.JapaneseText;

/** Text as typed, NFKC-normalised and stripped; never null. */
final class SalesText {

    private SalesText() {
    }

    static String clean(String s) {
        String n = JapaneseText.normalize(s);
        return n == null ? "" : n.strip();
    }

    /** Long text keeps its line breaks and full-width characters as typed. */
    static String paragraph(String s) {
        return s == null ? "" : s.strip();
    }
}
