package dev.kizuna.identity.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;

/** Conversions at the API edge: lower-case permission levels, opaque string ids. */
final class ApiLevels {

    static final List<String> NAMES = List.of("admin", "manager", "member", "viewer");

    private ApiLevels() {
    }

    static String name(PermissionLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** null stays null (not given); anything else must be one of {@link #NAMES}. */
    static PermissionLevel parse(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!NAMES.contains(value.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException(FieldProblem.of(field, "OneOf", String.join(", ", NAMES)));
        }
        return PermissionLevel.valueOf(value.toUpperCase(Locale.ROOT));
    }

    static UUID id(String type, String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException(type, value));
    }

    static List<UUID> ids(String field, List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(v -> Ids.parse(v).orElseThrow(
                () -> new RuleViolationException(FieldProblem.of(field, "UnknownId")))).toList();
    }
}
