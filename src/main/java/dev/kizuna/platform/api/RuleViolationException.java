package dev.kizuna.platform.api;

import java.util.List;

/**
 * A command broke a business rule that names fields (a duplicate e-mail, a retired role). Answered with
 * 422 and a field-by-field list on the API, and shown beside the fields on a form. Nothing is written.
 */
public class RuleViolationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RuleViolationException(FieldProblem... problems) {
        this(List.of(problems));
    }

    public RuleViolationException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
