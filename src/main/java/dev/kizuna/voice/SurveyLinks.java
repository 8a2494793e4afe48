package dev.kizuna.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Survey links: {@code /s/} and 22 URL-safe characters (128 random bits), so a link is short (25 characters after the
 * host) and cannot be guessed. Only a token's SHA-256 is stored.
 */
final class SurveyLinks {

    static final String PREFIX = "/s/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyLinks() {
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Null for anything that cannot be a token (wrong length or characters), so it is never looked up. */
    static String hash(String token) {
        if (token == null || token.length() != 22 || !token.matches("[A-Za-z0-9_-]{22}")) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String path(String token) {
        return PREFIX + token;
    }
}
