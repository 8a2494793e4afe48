package dev.kizuna.cards;

import java.util.List;

/** What became of a batch: the cards now queued, and for each refused file its name and why (a message-key rule). */
public record UploadOutcome(List<BusinessCard> queued, List<Refusal> refused) {

    /** {@code index}: the file's position in the batch (0-based); {@code rule}: e.g. {@code CardTooLarge}. */
    public record Refusal(int index, String fileName, String rule) {
    }
}
