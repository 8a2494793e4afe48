package dev.kizuna.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.springframework.web.multipart.MultipartFile;

/** One picture of a postcard as uploaded: its name, size and a way to open its bytes (more than once). */
public record LetterScanFile(String fileName, long size, Supplier<InputStream> content) {

    /** A form or API part as a scan file; an absent or empty part is none (null). */
    public static LetterScanFile of(MultipartFile part) {
        if (part == null || part.isEmpty()) {
            return null;
        }
        return new LetterScanFile(part.getOriginalFilename(), part.getSize(), () -> {
            try {
                return part.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
