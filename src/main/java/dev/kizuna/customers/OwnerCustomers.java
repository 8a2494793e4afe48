package dev.kizuna.customers;

import java.util.UUID;

/**
 * What one owner's customers look like now: how many they own, how many have every required field, and how many
 * have gone quiet (no activity since a given instant, not counting customers created after it).
 */
public record OwnerCustomers(UUID ownerId, long customers, long complete, long quiet) {
}
