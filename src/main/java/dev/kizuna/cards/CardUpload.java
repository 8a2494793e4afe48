package dev.kizuna.cards;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * One image as uploaded: its name, declared type, size and a way to open its bytes (more than once). {@code back}:
 * the card's back, when the form had one.
 */
public record CardUpload(String fileName, long size, Supplier<InputStream> content, CardUpload back) {

    public CardUpload(String fileName, long size, Supplier<InputStream> content) {
        this(fileName, size, content, null);
    }
}
