package dev.kizuna.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files on disk under {@code KIZUNA_DATA_DIR/files}: a complete file is moved into place in one step, so a crash
 * never leaves half a file under a real key.
 */
final class DiskStorage implements FileStorage {

    private final Path root;

    DiskStorage(Path root) {
        this.root = root;
    }

    @Override
    public void write(String key, Path file) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an uploaded file under " + root, e);
        }
    }

    @Override
    public InputStream read(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored file " + key, e);
        }
    }

    @Override
    public Path localPath(String key) {
        return resolve(key);
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the stored file " + key, e);
        }
    }

    @Override
    public String describe() {
        return "disk " + root.toAbsolutePath();
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root.normalize())) {
            throw new IllegalArgumentException("not a key of this store: " + key);
        }
        return path;
    }
}
