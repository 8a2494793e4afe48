package dev.kizuna.platform.api;

/**
 * An {@code Idempotency-Key} was reused with a different body ({@code idempotency-mismatch}) or while the
 * first request with it is still running ({@code idempotency-in-progress}). Answered with 409.
 */
public class IdempotencyConflictException extends RuntimeException {

    private final String slug;

    public IdempotencyConflictException(String slug) {
        super(slug);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
