package dev.kizuna.platform.files;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * The name an uploaded file is kept and shown under. A name with a control character (NUL, a line break, DEL …) is
 * refused: no program writes one, and the database and the headers it goes back out in cannot carry it. Bidirectional
 * controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) are taken out, so {@code invoice‮fdp.exe} shows as the
 * {@code .exe} it is. Slashes become underscores (a browser may send a whole path), and a name is at most 200
 * characters.
 */
public final class UploadNames {

    public static final int MAX_LENGTH = 200;

    private UploadNames() {
    }

    /** The cleaned name; {@code fallback} for a missing one (null: the name is required). */
    public static String clean(String field, String name, String fallback) {
        if (name == null || name.isBlank()) {
            if (fallback == null) {
                throw new RuleViolationException(FieldProblem.of(field, "NotBlank"));
            }
            return fallback;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                throw new RuleViolationException(FieldProblem.of(field, "FileNameControl"));
            }
            if (!bidiControl(c)) {
                out.append(c == '/' || c == '\\' ? '_' : c);
            }
        }
        String clean = out.toString().strip();
        if (clean.isEmpty()) {
            if (fallback == null) {
                throw new RuleViolationException(FieldProblem.of(field, "NotBlank"));
            }
            return fallback;
        }
        Check.of().maxLength(field, clean, MAX_LENGTH).verify();
        return clean;
    }

    /** A name kept before names were cleaned, as it may be shown and sent back: without bidi controls. */
    public static String shown(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        name.chars().filter(c -> !bidiControl((char) c) && Character.getType(c) != Character.CONTROL)
                .forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The marks and embeddings, overrides and isolates that reorder how text is shown (Unicode bidi controls). */
    static boolean bidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
