package dev.kizuna.platform.input;

/**
 * What any text a client sends must be before it gets near the database: no NUL (PostgreSQL refuses 0x00 in
 * text), no half of a surrogate pair (it cannot be stored as UTF-8 and would come back altered) and at most
 * {@link #MAX_TEXT} characters unless the field has a smaller limit of its own. Shared by the JSON reader, the
 * request-parameter check and the cursor decoder, so every door applies the same rules.
 */
public final class TextRules {

    /** The longest text any one field accepts (free text such as an activity's details); most allow far less. */
    public static final int MAX_TEXT = 10_000;
    /** The longest parameter or JSON property name. */
    public static final int MAX_NAME = 200;

    /** Rule codes; each has a {@code validation.<code>} message. */
    public static final String CONTROL = "ControlCharacter";
    public static final String SURROGATE = "Surrogate";
    public static final String SIZE = "Size";

    private TextRules() {
    }

    /** The rule {@code text} breaks as a value, or null: NUL, a lone surrogate, or more than {@code max} characters. */
    public static String violation(String text, int max) {
        if (text == null) {
            return null;
        }
        String character = characterViolation(text, false);
        if (character != null) {
            return character;
        }
        return text.length() > max && text.codePointCount(0, text.length()) > max ? SIZE : null;
    }

    /**
     * The rule {@code text} breaks by its characters alone, or null. Values may hold tabs and line breaks (a
     * note, an address); names ({@code isName}) may hold no control character at all.
     */
    public static String characterViolation(String text, boolean isName) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (isName && (c < 0x20 || (c >= 0x7f && c <= 0x9f)))) {
                return CONTROL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return SURROGATE;
            }
        }
        return null;
    }

    /** The rule a name (a JSON property, a parameter) breaks, or null. */
    public static String nameViolation(String name) {
        String character = characterViolation(name, true);
        if (character != null) {
            return character;
        }
        return name.length() > MAX_NAME ? SIZE : null;
    }

    /** A name as it may be shown back: control characters and lone surrogates as {@code \\uXXXX}, cut short. */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < MAX_NAME; i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                out.append(c).append(name.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
