package dev.kizuna.platform.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem+json body. {@code errors} lists what is wrong with which field; {@code errorId} ties
 * a 500 answer to the server log without showing the stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldMessage> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
