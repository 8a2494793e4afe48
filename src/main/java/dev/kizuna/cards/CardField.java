package dev.kizuna.cards;

/**
 * One field read off a business card: its value and how sure the reader is of it (0–100). Fields below
 * {@link #LOW} are marked on the review form for the assistant to check.
 */
public record CardField(String value, int confidence) {

    /** Below this the review form marks the field. */
    public static final int LOW = 70;

    public CardField {
        confidence = Math.max(0, Math.min(100, confidence));
    }

    public boolean low() {
        return confidence < LOW;
    }
}
