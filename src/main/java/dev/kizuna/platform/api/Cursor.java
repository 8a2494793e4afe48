package dev.kizuna.platform.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.input.TextRules;

/**
 * The position after the last row of a page: the values of the sort key of that row (for example its
 * furigana and id), encoded as an opaque URL-safe string and sealed with this installation's key
 * ({@link CursorSeal}). Clients pass it back unchanged; anything else (made up, altered, cut short) is refused
 * with {@link InvalidCursorException} before a value reaches SQL.
 */
public record Cursor(List<String> values) {

    private static final char SEPARATOR = '\u001f';

    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
    }

    public String value(int index) {
        return values.get(index);
    }

    /** The value as an id; a cursor whose value is not one is refused. */
    public UUID uuid(int index) {
        String value = value(index);
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidCursorException();
    }

    /** The value as an instant (written by {@link Instant#toString()}); a cursor whose value is not one is refused. */
    public Instant instant(int index) {
        try {
            return Instant.parse(value(index));
        } catch (DateTimeParseException e) {
            throw new InvalidCursorException();
        }
    }

    /** The value as a whole number; a cursor whose value is not one is refused. */
    public long number(int index) {
        try {
            return Long.parseLong(value(index));
        } catch (NumberFormatException e) {
            throw new InvalidCursorException();
        }
    }

    public String encode() {
        String joined = String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(CursorSeal.seal(joined.getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws InvalidCursorException when the text was not made by {@link #encode()} with that many values */
    public static Cursor decode(String text, int expectedValues) {
        if (text == null || text.length() > 4 * TextRules.MAX_TEXT) {
            throw new InvalidCursorException();
        }
        try {
            byte[] payload = CursorSeal.open(Base64.getUrlDecoder().decode(text));
            String joined = new String(payload, StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != expectedValues
                    || values.stream().anyMatch(v -> TextRules.characterViolation(v, false) != null)) {
                throw new InvalidCursorException();
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}
