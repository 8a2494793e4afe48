package dev.kizuna.identity;

import java.security.SecureRandom;

import dev.kizuna.platform.api.Check;

/** Password rules and generated temporary passwords. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 16 characters without look-alikes (no 0/O, 1/l/I), easy to read out over the phone. */
    static String generate() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    static Check check(Check check, String field, String password, String email) {
        return check.required(field, password)
                .minLength(field, password, MIN_LENGTH)
                .maxLength(field, password, MAX_LENGTH)
                .failIf(password != null && email != null && password.equalsIgnoreCase(email), field, "PasswordIsEmail");
    }
}
