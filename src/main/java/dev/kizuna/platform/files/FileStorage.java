package dev.kizuna.platform.files;

import java.io.InputStream;

/** Where the bytes of stored files live: the disk under the data directory, or an S3-compatible bucket. */
interface FileStorage {

    /** Stores a complete file under {@code key} (and may move it away); a failure leaves nothing under that key. */
    void write(String key, java.nio.file.Path file);

    InputStream read(String key);

    /** The file as a local path, for readers that need random access; kept files may be a downloaded copy. */
    java.nio.file.Path localPath(String key);

    void delete(String key);

    /** For the log at start-up: where files go. */
    String describe();
}
