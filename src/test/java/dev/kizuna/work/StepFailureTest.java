package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A failed playbook step's back-off and when the run gives up; no Spring. */
class StepFailureTest {

    static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void retriesDoubleTheirWaitFromOneMinute() {
        assertThat(new StepFailure(1).retryAt(NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(new StepFailure(2).retryAt(NOW)).isEqualTo(NOW.plusSeconds(120));
        assertThat(new StepFailure(4).retryAt(NOW)).isEqualTo(NOW.plusSeconds(480));
        assertThat(new StepFailure(4).status()).isEqualTo("running");
    }

    @Test
    void theFifthFailureGivesUpWithNoRetry() {
        assertThat(new StepFailure(PlaybookEngine.MAX_ATTEMPTS - 1).givesUp()).isFalse();
        var last = new StepFailure(PlaybookEngine.MAX_ATTEMPTS);
        assertThat(last.givesUp()).isTrue();
        assertThat(last.status()).isEqualTo("failed");
        assertThat(last.retryAt(NOW)).isNull();
    }

    @Test
    void thereIsNoFailureBeforeTheFirstAttempt() {
        assertThatThrownBy(() -> new StepFailure(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
