package dev.kizuna.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.text.JapaneseText;

/**
 * Custom values as typed (form strings, JSON scalars or lists) turned into what is stored: text stripped, numbers as
 * decimals, money as whole yen, dates as YYYY-MM-DD, choices checked against the field's options, users by id.
 * An empty value removes the field's value. Values of retired fields are carried over untouched.
 */
final class CustomValues {

    static final int TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 10_000;

    private CustomValues() {
    }

    /**
     * @param active   the object's active fields
     * @param typed    the values sent, by key (only keys present change)
     * @param existing the record's stored values (empty for a new record)
     * @param userExists whether a user id names a user
     */
    static Map<String, Object> clean(List<CustomField> active, Map<String, ?> typed, Map<String, Object> existing,
            Check check, Predicate<UUID> userExists) {
        Map<String, CustomField> fields = CustomFields.byKey(active);
        Map<String, Object> out = new LinkedHashMap<>(existing == null ? Map.of() : existing);
        if (typed == null) {
            return out;
        }
        typed.forEach((key, raw) -> {
            if (raw != null && raw.equals(out.get(key))) {
                return; // unchanged (also for a retired field, or an option retired since): kept as stored
            }
            CustomField field = fields.get(key);
            String name = CustomField.PREFIX + key;
            if (field == null) {
                check.failIf(true, name, "UnknownField");
                return;
            }
            try {
                Object value = value(field, raw, userExists);
                if (value == null) {
                    out.remove(key);
                } else {
                    out.put(key, value);
                }
            } catch (Invalid e) {
                check.failIf(true, name, e.code, e.arguments);
            }
        });
        return out;
    }

    static Object value(CustomField field, Object raw, Predicate<UUID> userExists) {
        if (field.type() == FieldType.MULTIPLE_CHOICE) {
            List<String> chosen = (raw instanceof Collection<?> c ? c.stream() : java.util.stream.Stream.of(raw))
                    .filter(java.util.Objects::nonNull).map(v -> CustomerRules.text(v.toString()))
                    .filter(v -> !v.isEmpty()).map(v -> option(field, v)).distinct().toList();
            return chosen.isEmpty() ? null : chosen;
        }
        Object single = raw instanceof Collection<?> c ? (c.isEmpty() ? null : c.iterator().next()) : raw;
        if (field.type() == FieldType.CHECKBOX) {
            if (single instanceof Boolean b) {
                return b;
            }
            String s = single == null ? "" : single.toString().strip().toLowerCase(java.util.Locale.ROOT);
            if (s.isEmpty() || s.equals("false") || s.equals("0") || s.equals("off")) {
                return false;
            }
            if (s.equals("true") || s.equals("on") || s.equals("1")) {
                return true;
            }
            throw new Invalid("TypeMismatch");
        }
        if (single == null) {
            return null;
        }
        String text = single instanceof Number n ? n.toString() : CustomerRules.text(single.toString());
        if (text.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> limited(text, TEXT_MAX);
            case LONG_TEXT -> limited(single.toString().strip(), LONG_TEXT_MAX);
            case URL -> {
                if (!CustomerRules.isWebAddress(text)) {
                    throw new Invalid("Url");
                }
                yield limited(text, TEXT_MAX);
            }
            case NUMBER -> number(text);
            case MONEY -> {
                BigDecimal amount = number(text.replace("¥", "").replace("円", ""));
                if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
                    throw new Invalid("Yen");
                }
                yield amount.longValueExact();
            }
            case DATE -> date(text);
            case SINGLE_CHOICE -> option(field, text);
            case USER -> {
                UUID id = Ids.parse(text).orElseThrow(() -> new Invalid("UnknownUser"));
                if (!userExists.test(id)) {
                    throw new Invalid("UnknownUser");
                }
                yield id.toString();
            }
            default -> throw new IllegalStateException(field.type().name());
        };
    }

    /**
     * The field's option a value names: the same text, or the same once folded (Ａランク names Aランク); stored as
     * the option is written.
     */
    static String option(CustomField field, String value) {
        if (field.options().contains(value)) {
            return value;
        }
        String key = CustomerRules.folded(value);
        return field.options().stream().filter(o -> CustomerRules.folded(o).equals(key)).findFirst()
                .orElseThrow(() -> new Invalid("OneOf", String.join(", ", field.options())));
    }

    private static String limited(String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new Invalid("Size", max);
        }
        return text;
    }

    static BigDecimal number(String text) {
        try {
            BigDecimal n = new BigDecimal(JapaneseText.normalize(text).replace(",", "").strip());
            if (n.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                throw new Invalid("Number");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Invalid("Number");
        }
    }

    /** 2026-04-01 or 2026/4/1. */
    static String date(String text) {
        String t = JapaneseText.normalize(text).strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})").matcher(t);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            }
            return LocalDate.parse(t).toString();
        } catch (java.time.DateTimeException e) {
            throw new Invalid("Date");
        }
    }

    /** A value that breaks its field's rule: the message code and its arguments. */
    static final class Invalid extends RuntimeException {
        final String code;
        final Object[] arguments;

        Invalid(String code, Object... arguments) {
            super(code, null, false, false);
            this.code = code;
            this.arguments = arguments;
        }
    }
}
