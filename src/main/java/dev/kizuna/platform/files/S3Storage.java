package dev.kizuna.platform.files;

import java.io.InputStream;
import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Files in an S3-compatible bucket under a prefix. A PUT is atomic on S3: an interrupted upload leaves no object.
 */
final class S3Storage implements FileStorage, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String description;
    private final java.nio.file.Path cache;

    S3Storage(S3Settings settings, java.nio.file.Path cache) {
        this.cache = cache.normalize();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        builder.credentialsProvider(settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix() == null ? "" : settings.prefix();
        this.description = "S3 bucket " + bucket + " (" + (settings.endpoint() == null || settings.endpoint().isBlank()
                ? "AWS " + settings.region() : settings.endpoint()) + ") under " + (prefix.isEmpty() ? "/" : prefix);
    }

    @Override
    public void write(String key, java.nio.file.Path file) {
        s3.putObject(r -> r.bucket(bucket).key(prefix + key), RequestBody.fromFile(file));
    }

    @Override
    public InputStream read(String key) {
        return s3.getObject(r -> r.bucket(bucket).key(prefix + key));
    }

    /** Downloads the object once into the local cache (stored files never change under their key). */
    @Override
    public java.nio.file.Path localPath(String key) {
        java.nio.file.Path copy = cache.resolve(key).normalize();
        if (!copy.startsWith(cache)) {
            throw new IllegalArgumentException("not a key of this store: " + key);
        }
        if (java.nio.file.Files.exists(copy)) {
            return copy;
        }
        try {
            java.nio.file.Files.createDirectories(copy.getParent());
            java.nio.file.Path part = java.nio.file.Files.createTempFile(copy.getParent(), "download-", ".part");
            try (InputStream in = read(key)) {
                java.nio.file.Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                java.nio.file.Files.move(part, copy, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                java.nio.file.Files.deleteIfExists(part);
            }
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not download the stored file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(prefix + key));
        try {
            java.nio.file.Files.deleteIfExists(cache.resolve(key).normalize());
        } catch (java.io.IOException e) {
            // only a local copy; the next download replaces it
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        s3.close();
    }
}
