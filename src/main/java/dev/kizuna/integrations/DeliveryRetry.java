package dev.kizuna.integrations;

/**
 * When a webhook delivery that failed is tried again: 30 s after the first failed attempt, then 1, 2, 4 … minutes
 * (doubling, at most 6 hours), and not at all after the {@link #MAX_ATTEMPTS}th: it is given up as failed.
 *
 * @param attempts the attempts made, the failed one included
 */
record DeliveryRetry(int attempts) {

    /** Attempts before a delivery is given up as failed. */
    static final int MAX_ATTEMPTS = 8;
    private static final long FIRST_WAIT_SECONDS = 30;
    private static final long LONGEST_WAIT_SECONDS = 6 * 3600;

    /** The retry after a delivery that had {@code attemptsBefore} attempts failed once more. */
    static DeliveryRetry afterFailing(int attemptsBefore) {
        return new DeliveryRetry(attemptsBefore + 1);
    }

    boolean givesUp() {
        return attempts >= MAX_ATTEMPTS;
    }

    /** The delivery's status from now on: {@code failed} once given up, else {@code pending}. */
    String status() {
        return givesUp() ? "failed" : "pending";
    }

    long waitSeconds() {
        return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS << Math.min(attempts - 1, 20));
    }
}
