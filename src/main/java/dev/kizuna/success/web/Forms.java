package dev.kizuna.success.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/** Form values as the success pages send them: ids, dates and local date-times, refused naming their field. */
final class Forms {

    private Forms() {
    }

    static UUID id(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.optionalId(field, value);
    }

    static LocalDate date(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.date(field, value);
    }

    /** A whole number (an amount in yen, a count of days); blank is none. */
    static Long whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Number"));
        }
    }

    /** A {@code datetime-local} value in the user's zone. */
    static Instant localTime(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "DateTime"));
        }
    }
}
