package dev.kizuna.platform.api;

import java.util.List;

/**
 * The record cannot be deleted while other records hold it (a customer with orders): answered with 409
 * ({@code in-use}) and a list naming, per record, what holds it. Nothing is deleted.
 */
public class RecordInUseException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RecordInUseException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
