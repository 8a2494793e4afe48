package dev.kizuna.platform.input;

import dev.kizuna.platform.api.FieldProblem;
import org.springframework.http.HttpStatus;

/** A request parameter broke a {@link TextRules} rule; the page's answer is the translated error page. */
public class RejectedParameterException extends RuntimeException {

    private final HttpStatus status;
    private final transient FieldProblem problem;

    RejectedParameterException(HttpStatus status, FieldProblem problem) {
        super("request parameter " + problem.field() + " breaks rule " + problem.code());
        this.status = status;
        this.problem = problem;
    }

    public HttpStatus status() {
        return status;
    }

    public FieldProblem problem() {
        return problem;
    }
}
