package dev.kizuna.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New record ids: UUID version 7 (time-ordered), so ids sort roughly by creation and keep B-tree indexes
 * compact. Ids leave the system as opaque strings.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** Parses an id from a URL or request body; a malformed id is simply "not found". */
    public static java.util.Optional<UUID> parse(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }
}
