package dev.kizuna.platform.api;

/** A translated field error as clients see it in problem+json {@code errors}. */
public record FieldMessage(String field, String code, String message) {
}
