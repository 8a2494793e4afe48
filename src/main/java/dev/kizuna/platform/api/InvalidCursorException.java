package dev.kizuna.platform.api;

/** A {@code cursor} parameter that this server did not hand out; answered with 400. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException() {
        super("invalid cursor");
    }
}
