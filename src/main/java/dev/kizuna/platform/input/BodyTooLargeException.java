package dev.kizuna.platform.input;

import java.io.IOException;

/** A JSON body longer than {@link StrictUtf8Stream}'s limit; answered with 413. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("JSON body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
