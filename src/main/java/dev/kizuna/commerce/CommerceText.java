package dev.kizuna.commerce;

import java.text.Normalizer;

/** Cleans what people type: NFKC-normalised (full-width digits become plain), trimmed, never null. */
final class CommerceText {

    private CommerceText() {
    }

    static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    /** Keeps line breaks (notes). */
    static String paragraph(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }
}
