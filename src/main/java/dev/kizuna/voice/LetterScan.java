package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A postcard's scan or photo taken at intake (its front, and its back when there is one) and the text read off it on
 * this machine: {@code recognition} is {@code read}, {@code unavailable} (no Tesseract here: the text is typed) or
 * {@code failed}. The read text only fills the intake form; {@code letterId} is the letter it became, once added.
 */
public record LetterScan(UUID id, UUID letterId, String recognition, List<Line> lines, boolean vertical,
        boolean hasBack, long version, Instant createdAt) {

    public static final String READ = "read";
    public static final String UNAVAILABLE = "unavailable";
    public static final String FAILED = "failed";

    /** A line as read, with its confidence (0–100). */
    public record Line(String text, int confidence) {

        /** Read unsurely: the writer should look at it twice. */
        public boolean low() {
            return confidence < 70;
        }
    }

    /** The read lines joined by line breaks: what fills the intake form's text box. */
    public String text() {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    /** How many lines were read unsurely. */
    public long lowLines() {
        return lines.stream().filter(Line::low).count();
    }
}
