package dev.kizuna.platform.input;

import java.util.List;

import dev.kizuna.platform.api.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What was wrong with a JSON body that could not be read, named by field where there is one: a text rule
 * ({@code items[2].name}, 422 when too long, else 400), a property given twice, a value of the wrong type, a
 * nesting or number past the parser's limits, bytes that are not UTF-8, a body past {@link RequestJson}'s limit.
 */
public record UnreadableBody(HttpStatus status, String slug, List<FieldProblem> problems) {

    public static final String BODY = "requestBody";

    public static UnreadableBody of(HttpMessageNotReadableException e) {
        JacksonException jackson = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            switch (t) {
                case BodyTooLargeException big -> {
                    return new UnreadableBody(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                            List.of(FieldProblem.of(BODY, "BodySize", big.limit() / (1024 * 1024))));
                }
                case MalformedUtf8Exception bad -> {
                    return badRequest(BODY, "Encoding");
                }
                case InvalidTextException text -> {
                    FieldProblem problem = new FieldProblem(field(text), text.code(), text.arguments());
                    return TextRules.SIZE.equals(text.code())
                            ? new UnreadableBody(HttpStatus.UNPROCESSABLE_CONTENT, "validation", List.of(problem))
                            : new UnreadableBody(HttpStatus.BAD_REQUEST, "unreadable", List.of(problem));
                }
                case JacksonException j -> jackson = jackson == null ? j : jackson;
                default -> { }
            }
        }
        if (jackson == null) {
            return badRequest(BODY, "NotNull"); // no body at all
        }
        String message = String.valueOf(jackson.getOriginalMessage());
        if (message.startsWith("Duplicate Object property")) {
            int open = message.indexOf('"');
            int close = message.lastIndexOf('"');
            String name = open >= 0 && close > open ? message.substring(open + 1, close) : "";
            String path = field(jackson);
            return badRequest(TextRules.printable(BODY.equals(path) ? name : path + "." + name), "DuplicateKey");
        }
        if (jackson instanceof StreamConstraintsException) {
            return badRequest(field(jackson), "JsonLimit");
        }
        return jackson.getPath().isEmpty() ? badRequest(BODY, "Json") : badRequest(field(jackson), "TypeMismatch");
    }

    private static UnreadableBody badRequest(String field, String code) {
        return new UnreadableBody(HttpStatus.BAD_REQUEST, "unreadable", List.of(FieldProblem.of(field, code)));
    }

    /** The JSON path as the API names fields: {@code items[2].name}, {@code customFields.rank}; "requestBody" at the top. */
    static String field(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(TextRules.printable(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? BODY : out.toString();
    }
}
