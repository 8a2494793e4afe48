package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/** A renewal decided on a day: the term moved from {@code previousEndsOn} to {@code newEndsOn}; early or not. */
public record Renewal(UUID id, UUID contractId, LocalDate decidedOn, LocalDate previousEndsOn, LocalDate newEndsOn,
        boolean early) {
}
