package dev.kizuna.platform.api;

/** A {@code filter[...]} query parameter the list does not have; answered 400 naming it. */
public class UnknownFilterException extends RuntimeException {

    private final String parameter;

    public UnknownFilterException(String parameter) {
        super("unknown filter " + parameter);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
