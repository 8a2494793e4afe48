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
import org.springframework.stereotype.Component;

/**
 * Where uploaded files (photos of documents, PDFs) are kept: on disk under the data directory
 * ({@code KIZUNA_DATA_DIR/files/yyyy/mm/<uuid>}), written to a temporary name and moved into place so a crash never
 * leaves half a file under a real key. Records keep the key; the store keeps the bytes.
 */
@Component
public class FileStore {

    private final Path root;

    FileStore(KizunaProperties properties) {
        this.root = properties.dataDir().resolve("files");
    }

    /** Stores the bytes and returns the key to read them back with. */
    public String put(InputStream content) {
        LocalDate today = LocalDate.now();
        String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an uploaded file under " + root, e);
        }
    }

    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored file " + key, e);
        }
    }

    /** Where a stored file is on disk, for readers that need random access (a zip, such as an .xlsx upload). */
    public Path path(String key) {
        return resolve(key);
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the stored file " + key, e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root.normalize())) {
            throw new IllegalArgumentException("not a key of this store: " + key);
        }
        return path;
    }
}
