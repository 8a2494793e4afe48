package dev.kizuna.voice;

import java.time.Instant;

/** The department head's decision on a submitted set: {@code approved} or {@code returned} with comments. */
public record LetterReview(String decision, String comment, String reviewerName, Instant at) {
}
