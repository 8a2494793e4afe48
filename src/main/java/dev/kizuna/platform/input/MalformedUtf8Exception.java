package dev.kizuna.platform.input;

import java.io.CharConversionException;

/** A request body that is not well-formed UTF-8 (an overlong form, an encoded surrogate, a cut-off sequence). */
public class MalformedUtf8Exception extends CharConversionException {

    public MalformedUtf8Exception(long offset) {
        super("malformed UTF-8 at byte " + offset);
    }
}
