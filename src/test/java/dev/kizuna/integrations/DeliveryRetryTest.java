package dev.kizuna.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a failed webhook delivery is tried again, and when it is given up; no Spring. */
class DeliveryRetryTest {

    @Test
    void theWaitStartsAtThirtySecondsAndDoublesWithEachFailedAttempt() {
        assertThat(DeliveryRetry.afterFailing(0).waitSeconds()).isEqualTo(30);
        assertThat(DeliveryRetry.afterFailing(1).waitSeconds()).isEqualTo(60);
        assertThat(DeliveryRetry.afterFailing(2).waitSeconds()).isEqualTo(120);
        assertThat(DeliveryRetry.afterFailing(6).waitSeconds()).isEqualTo(30 * 64);
    }

    @Test
    void theWaitNeverPassesSixHoursHoweverManyAttemptsThereWere() {
        assertThat(DeliveryRetry.afterFailing(10).waitSeconds()).isEqualTo(6 * 3600);
        assertThat(DeliveryRetry.afterFailing(1_000).waitSeconds()).isEqualTo(6 * 3600);
    }

    @Test
    void theEighthFailedAttemptGivesTheDeliveryUp() {
        assertThat(DeliveryRetry.afterFailing(6).givesUp()).isFalse();
        assertThat(DeliveryRetry.afterFailing(6).status()).isEqualTo("pending");
        assertThat(DeliveryRetry.afterFailing(7).attempts()).isEqualTo(DeliveryRetry.MAX_ATTEMPTS);
        assertThat(DeliveryRetry.afterFailing(7).givesUp()).isTrue();
        assertThat(DeliveryRetry.afterFailing(7).status()).isEqualTo("failed");
    }
}
