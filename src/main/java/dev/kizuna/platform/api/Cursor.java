package dev.kizuna.platform.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The position after the last row of a page: the values of the sort key of that row (for example its
 * furigana and id), encoded as an opaque URL-safe string. Clients pass it back unchanged.
 */
public record Cursor(List<String> values) {

    private static final char SEPARATOR = '\u001f';

    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
    }

    public String value(int index) {
        return values.get(index);
    }

    public String encode() {
        String joined = String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException when the text was not made by {@link #encode()} with that many values */
    public static Cursor decode(String text, int expectedValues) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != expectedValues) {
                throw new InvalidCursorException();
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}
