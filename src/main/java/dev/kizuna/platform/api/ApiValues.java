package dev.kizuna.platform.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;

/**
 * Reading ids and yen from an API request and writing ids and times into its answer, the same way in every module:
 * a malformed id in the path is 404 (nothing has that id), in the body 422 {@code UnknownId} naming the field; yen
 * that is not a whole number is 422 {@code Yen}; times leave as ISO-8601 in UTC.
 */
public final class ApiValues {

    private ApiValues() {
    }

    /** A date written {@code YYYY-MM-DD}; blank is none; otherwise 422 {@code Date} naming the field. */
    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Date"));
        }
    }

    /** A time with its offset ({@code 2026-12-08T10:00:00+09:00}); blank is none; otherwise 422 {@code DateTime}. */
    public static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "DateTime"));
        }
    }

    /** An id in the URL's path: malformed means "not found" ({@code type} names what was looked for). */
    public static UUID pathId(String type, String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException(type, value));
    }

    /** An id the request must carry in {@code field}. */
    public static UUID id(String field, String value) {
        return Ids.parse(value).orElseThrow(() -> new RuleViolationException(FieldProblem.of(field, "UnknownId")));
    }

    /** An id the request may leave out or blank (then null); around it, white space is ignored. */
    public static UUID optionalId(String field, String value) {
        return value == null || value.isBlank() ? null : id(field, value.strip());
    }

    /** Whole yen as a number, a string ("12,000") or {"amount": n, "currency": "JPY"}; null when left out. */
    public static Long yen(String field, Object value) {
        Object raw = value instanceof Map<?, ?> m ? m.get("amount") : value;
        if (value instanceof Map<?, ?> m && m.get("currency") != null && !Money.YEN.equals(m.get("currency"))) {
            throw new RuleViolationException(FieldProblem.of(field, "OneOf", Money.YEN));
        }
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            return raw instanceof Number n ? Long.valueOf(new BigDecimal(n.toString()).longValueExact())
                    : Long.valueOf(raw.toString().replace(",", "").strip());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Yen"));
        }
    }

    /** An id as the answer writes it (opaque string), null for none. */
    public static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    /** A time as the answer writes it: ISO-8601 in UTC, null for none. */
    public static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
