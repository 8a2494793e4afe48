package dev.kizuna.voice;

import java.util.List;
import java.util.UUID;

/**
 * One question of a survey: {@code nps} (0–10, how likely to recommend), {@code rating} (1–5), {@code single} or
 * {@code multiple} choice among {@code choices}, or free {@code text} (up to 2,000 characters).
 */
public record SurveyQuestion(UUID id, int position, String kind, String label, List<String> choices,
        boolean required) {

    public static final List<String> KINDS = List.of("nps", "rating", "single", "multiple", "text");
    public static final int MAX_TEXT = 2000;

    public boolean choice() {
        return "single".equals(kind) || "multiple".equals(kind);
    }

    /** The lowest and highest score of a scored question. */
    public int min() {
        return "nps".equals(kind) ? 0 : 1;
    }

    public int max() {
        return "nps".equals(kind) ? 10 : 5;
    }
}
