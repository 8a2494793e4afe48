package dev.kizuna.platform.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * A request body read once, as it streams in, into a digest and a bounded store: memory up to a threshold, a temp
 * file beyond it, never more than a cap (a longer body is refused after reading one byte past the cap, the rest
 * left unread). The downstream reads it again from {@link #open()}; {@link #close()} deletes the temp file.
 */
final class SpooledBody implements AutoCloseable {

    static final int MEMORY_THRESHOLD = 256 * 1024;

    /** The body was longer than the cap; nothing of it is kept. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body over the cap");
        }
    }

    private final byte[] memory;
    private final Path file;

    private SpooledBody(byte[] memory, Path file) {
        this.memory = memory;
        this.file = file;
    }

    /** Reads {@code in} to its end (at most {@code cap} bytes) into {@code digest} and the store. */
    static SpooledBody read(InputStream in, long cap, MessageDigest digest) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        OutputStream out = head;
        Path file = null;
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer, 0, (int) Math.min(buffer.length, cap - total + 1))) > 0; ) {
                total += n;
                if (total > cap) {
                    throw new TooLargeException();
                }
                digest.update(buffer, 0, n);
                if (file == null && head.size() + n > MEMORY_THRESHOLD) {
                    file = Files.createTempFile("kizuna-body-", ".tmp");
                    out = Files.newOutputStream(file);
                    head.writeTo(out);
                    head = null;
                }
                out.write(buffer, 0, n);
            }
            out.close();
            return new SpooledBody(head == null ? null : head.toByteArray(), file);
        } catch (IOException | RuntimeException e) {
            out.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    InputStream open() throws IOException {
        return file == null ? new java.io.ByteArrayInputStream(memory) : Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
