package dev.kizuna.platform.api;

/**
 * Someone else changed the record after the caller read it: the {@code version} (or {@code If-Match})
 * sent is not the current one. Answered with 409; the caller reloads and tries again.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String objectType, Object id) {
        super(objectType + " " + id + " was changed by someone else");
    }
}
