package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a playbook run moves from step to step and pass to pass; no Spring. */
class PlaybookProgressTest {

    static PlaybookStep step(String kind, Integer then, Integer otherwise) {
        return new PlaybookStep(kind, "t", null, null, null, List.of(), null, null, then, null, null, null, null, null,
                null, null, otherwise);
    }

    @Test
    void aStepIsFollowedByTheNextOneUnlessItNamesAnother() {
        var at = new PlaybookProgress(2, 0);
        assertThat(at.after(step("task", null, null), false)).isEqualTo(3);
        assertThat(at.after(step("goto", 0, null), false)).isEqualTo(0);
    }

    @Test
    void aBranchGoesToThenWhenItHoldsElseToOtherwiseOrTheNextStep() {
        var at = new PlaybookProgress(2, 0);
        assertThat(at.after(step("branch", 5, 1), true)).isEqualTo(5);
        assertThat(at.after(step("branch", 5, 1), false)).isEqualTo(1);
        assertThat(at.after(step("branch", 5, null), false)).isEqualTo(3);
    }

    @Test
    void goingForwardStaysInThePassGoingBackOrToTheSameStepStartsTheNext() {
        var at = new PlaybookProgress(2, 1);
        assertThat(at.goTo(3)).isEqualTo(new PlaybookProgress(3, 1));
        assertThat(at.goTo(2)).isEqualTo(new PlaybookProgress(2, 2));
        assertThat(at.goTo(0)).isEqualTo(new PlaybookProgress(0, 2));
    }

    @Test
    void theRunIsDoneOnlyPastTheLastStep() {
        assertThat(new PlaybookProgress(2, 0).done(3)).isFalse();
        assertThat(new PlaybookProgress(3, 0).done(3)).isTrue();
    }
}
