package dev.kizuna.platform.api;

/** The record does not exist, or the caller may not know that it does. Answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String objectType;

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
        this.objectType = objectType;
    }

    public String objectType() {
        return objectType;
    }
}
