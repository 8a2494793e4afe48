package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan's go-live date moved: every checklist item's due day and every planned meeting moved by {@code days}
 * ({@code items} and {@code meetings} say how many). Published after the move is saved.
 */
public record GoLiveMoved(UUID planId, UUID companyId, LocalDate from, LocalDate to, long days, int items,
        int meetings) {
}
