package dev.kizuna.platform.api;

import java.util.List;

/**
 * One thing wrong with one field: the field's name as the client sent it, the rule it broke (a
 * message code such as {@code NotBlank}, {@code Size}, {@code Duplicate}) and the rule's arguments.
 * Turned into a translated message by {@link FieldMessages}.
 */
public record FieldProblem(String field, String code, List<Object> arguments) {

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, List.of(arguments));
    }
}
