package dev.kizuna.cards;

/** A line of text as the OCR engine read it: its text, its height in pixels (font size) and its confidence 0–100. */
record OcrLine(String text, int height, int confidence) {

    static OcrLine of(String text) {
        return new OcrLine(text, 30, 90);
    }
}
