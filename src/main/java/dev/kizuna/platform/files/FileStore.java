package dev.kizuna.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.platform.KizunaProperties;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where uploaded files (photos of documents, PDFs) are kept: on disk under the data directory
 * ({@code KIZUNA_DATA_DIR/files/yyyy/mm/<uuid>}), or in an S3-compatible bucket when {@code KIZUNA_S3_BUCKET} is set
 * (same keys under a prefix). An upload is received whole into a temporary file first, so a broken upload never
 * leaves part of a file under a real key. Records keep the key; the store keeps the bytes.
 */
@Component
public class FileStore implements DisposableBean {

    private final Path incoming;
    private final FileStorage storage;

    FileStore(KizunaProperties properties, S3Settings s3) {
        Path root = properties.dataDir().resolve("files");
        this.incoming = root.resolve(".incoming");
        this.storage = s3.enabled() ? new S3Storage(s3, root.resolve(".cache")) : new DiskStorage(root);
        LoggerFactory.getLogger(FileStore.class).info("Uploaded files are kept in {}", storage.describe());
    }

    /** Stores the bytes and returns the key to read them back with. */
    public String put(InputStream content) {
        LocalDate today = LocalDate.now();
        String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path temporary = null;
        try {
            Files.createDirectories(incoming);
            temporary = Files.createTempFile(incoming, "upload-", ".part");
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            storage.write(key, temporary);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive an uploaded file into " + incoming, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Stores the bytes like {@link #put} and, inside a transaction, takes them away again if it rolls back: a record
     * that is not written leaves no file behind.
     */
    public String putUntilRollback(InputStream content) {
        String key = put(content);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            if (status != STATUS_COMMITTED) {
                                deleteQuietly(key);
                            }
                        }
                    });
        }
        return key;
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(FileStore.class).warn("Could not remove the file {} of a record not written", key, e);
        }
    }

    public InputStream open(String key) {
        return storage.read(key);
    }

    /**
     * Where a stored file is on disk, for readers that need random access (a zip, such as an .xlsx upload): the file
     * itself on disk, or a copy downloaded once from the bucket into {@code data/files/.cache}.
     */
    public Path path(String key) {
        return storage.localPath(key);
    }

    public void delete(String key) {
        storage.delete(key);
    }

    @Override
    public void destroy() throws Exception {
        if (storage instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover in .incoming is harmless; the next upload gets a new name
            }
        }
    }
}
