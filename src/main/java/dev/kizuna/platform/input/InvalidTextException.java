package dev.kizuna.platform.input;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string or property name broke a {@link TextRules} rule. Jackson adds the path of the field as the
 * exception travels out, so the answer can name it ({@code items[2].name}).
 */
public class InvalidTextException extends MismatchedInputException {

    private final String code;
    private final transient List<Object> arguments;

    InvalidTextException(JsonParser parser, String code, List<Object> arguments) {
        super(parser, "text breaks rule " + code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
