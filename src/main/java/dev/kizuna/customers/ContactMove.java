package dev.kizuna.customers;

import java.time.Instant;

/** A contact moved from one customer to another (転職・異動), kept so their history is not lost. */
public record ContactMove(String fromCompany, String toCompany, Instant movedAt) {
}
