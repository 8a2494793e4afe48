package dev.kizuna.cards;

/**
 * A line of text as the OCR engine read it: its text, its height in pixels (font size), its confidence 0–100 and
 * where it stood on the image ({@code null} when not known, as in the parser's tests).
 */
record OcrLine(String text, int height, int confidence, Box box) {

    /** The line's bounding box in the image's pixels. */
    record Box(int x, int y, int width, int height) {

        Box union(Box other) {
            if (other == null) {
                return this;
            }
            int left = Math.min(x, other.x);
            int top = Math.min(y, other.y);
            return new Box(left, top, Math.max(x + width, other.x + other.width) - left,
                    Math.max(y + height, other.y + other.height) - top);
        }
    }

    OcrLine(String text, int height, int confidence) {
        this(text, height, confidence, null);
    }

    static OcrLine of(String text) {
        return new OcrLine(text, 30, 90);
    }

    OcrLine withText(String read, int readConfidence) {
        return new OcrLine(read, height, readConfidence, box);
    }
}
