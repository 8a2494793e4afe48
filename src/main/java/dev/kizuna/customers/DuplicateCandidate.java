package dev.kizuna.customers;

import java.util.UUID;

/**
 * An existing customer that looks like the one being entered, and why: {@code phone} (same number),
 * {@code email} (same address), {@code kana} (same reading) or {@code name} (a similar name).
 */
public record DuplicateCandidate(UUID id, String name, String nameKana, String address, String phoneDisplay,
        String reason) {
}
