package dev.kizuna.work;

/**
 * Where a playbook run stands: the step it is at (0-based) and which pass through the flow it is on. Steps follow
 * one another unless a step names the one after it ({@code then}); a branch goes to {@code then} when its condition
 * holds, else to {@code otherwise} (or the next step); going back to an earlier step (or the same one) starts the
 * next pass; past the last step the run is done.
 */
record PlaybookProgress(int step, int iteration) {

    /** Goes to step {@code to}: a later pass of the flow when it goes back. */
    PlaybookProgress goTo(int to) {
        return new PlaybookProgress(to, to <= step ? iteration + 1 : iteration);
    }

    /** The step after {@code s}, this run's current step; {@code holds}: a branch's condition (ignored otherwise). */
    int after(PlaybookStep s, boolean holds) {
        if (!"branch".equals(s.kind())) {
            return s.next(step);
        }
        return holds ? s.then() : s.otherwise() != null ? s.otherwise() : step + 1;
    }

    /** Whether the run has gone past the last of {@code steps} steps. */
    boolean done(int steps) {
        return step >= steps;
    }
}
