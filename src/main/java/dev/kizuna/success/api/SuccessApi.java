package dev.kizuna.success.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;

/** Small shared conversions of the success API: ids, dates (YYYY-MM-DD) and times, each refused naming its field. */
final class SuccessApi {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private SuccessApi() {
    }

    static UUID pathId(String type, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(type, id);
        }
    }

    static UUID id(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.optionalId(field, value);
    }

    static LocalDate date(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.date(field, value);
    }

    static Instant time(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.time(field, value);
    }

    static OffsetDateTime out(Instant at) {
        return at == null ? null : at.atZone(TOKYO).toOffsetDateTime();
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    /** {@code filter[field]} or {@code field} of a list request. */
    static String param(Map<String, String[]> parameters, String field) {
        String[] v = parameters.get("filter[" + field + "]");
        if (v == null) {
            v = parameters.get(field);
        }
        return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
    }

    /** 30, 60 or 90 days (a renewals window), or null. */
    static Integer renewalWindow(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!dev.kizuna.success.Renewals.WINDOWS.stream().map(String::valueOf).toList().contains(value)) {
            throw new RuleViolationException(FieldProblem.of(field, "OneOf", "30, 60, 90"));
        }
        return Integer.valueOf(value);
    }

    static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new RuleViolationException(FieldProblem.of(field, "OneOf", "true, false"));
        }
        return Boolean.valueOf(value);
    }
}
