package dev.kizuna.platform.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every rule a command breaks, field by field, then throws them together so the user fixes all
 * at once. Services call it before writing anything:
 * <pre>{@code
 * Check.of().required("email", email).maxLength("email", email, 320).email("email", email).verify();
 * }</pre>
 * Codes map to {@code validation.<code>} messages in both languages.
 */
public final class Check {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldProblem> problems = new ArrayList<>();

    public static Check of() {
        return new Check();
    }

    public Check required(String field, Object value) {
        boolean missing = value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        return failIf(missing, field, "NotBlank");
    }

    public Check maxLength(String field, String value, int max) {
        return failIf(value != null && value.codePointCount(0, value.length()) > max, field, "Size", max, 0);
    }

    public Check minLength(String field, String value, int min) {
        return failIf(value != null && !value.isEmpty() && value.codePointCount(0, value.length()) < min,
                field, "MinLength", min);
    }

    public Check email(String field, String value) {
        return failIf(value != null && !value.isBlank() && !EMAIL.matcher(value).matches(), field, "Email");
    }

    public Check oneOf(String field, String value, Collection<String> allowed) {
        return failIf(value != null && !value.isBlank() && !allowed.contains(value), field, "OneOf",
                String.join(", ", allowed));
    }

    /** Adds a problem when {@code broken} is true. */
    public Check failIf(boolean broken, String field, String code, Object... arguments) {
        if (broken && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(FieldProblem.of(field, code, arguments));
        }
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** @throws RuleViolationException listing every problem found, if any */
    public void verify() {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
