package dev.kizuna.platform.api;

import java.util.List;

/**
 * Someone else's change got there first and the rule now refuses this one (two shipments of the last unit): answered
 * 409 ({@code conflict}) with a list naming, per field, what stands in the way. Nothing is written.
 */
public class ConflictException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ConflictException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
