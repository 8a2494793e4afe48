package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: after kill -9 of the JVM the embedded PostgreSQL kept running on the data directory, and the next start
 * failed with "Gave up waiting for server to start … Connection refused" (7 of 7 kills). Here a child JVM starts the
 * embedded database and is killed with SIGKILL, five times over on one directory: every next start comes up on the
 * same data.
 */
class EmbeddedRestartTest {

    private static final int RESTARTS = 5;
    private final Path dataDir = Path.of("target", "embedded-restart-test").toAbsolutePath();
    private final List<String> output = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void noServerLeftBehind() throws IOException {
        Path pgData = dataDir.resolve("postgres");
        if (Files.isDirectory(pgData)) {
            StalePostmaster.stopIfLeftBehind(pgData);
        }
    }

    @BeforeEach
    void emptyDirectory() throws IOException {
        if (Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void startsAgainAfterTheJvmWasKilledWithoutAShutdown() throws Exception {
        Process first = start();
        assertThat(awaitReady(first)).isEqualTo(1);
        for (int restart = 1; restart <= RESTARTS; restart++) {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no stop
            assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
                    .as("the killed JVM left its server running").isTrue();
            first = start();
            assertThat(awaitReady(first)).as("start %d after kill -9, on the same data", restart + 1)
                    .isEqualTo(restart + 1);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(StalePostmaster.stopIfLeftBehind(dataDir.resolve("postgres")))
                .as("the last killed JVM's server is found and stopped").isTrue();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("stopped cleanly").doesNotExist();
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
    }

    /** Waits for the child's {@code READY n} line (the number of starts its database has seen), or its death. */
    private long awaitReady(Process child) throws InterruptedException {
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            } finally {
                lines.add("EXIT");
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            output.add(line);
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).strip());
            }
            if (line.equals("EXIT")) {
                break;
            }
        }
        throw new AssertionError("the embedded database did not start:\n" + String.join("\n", output.subList(
                Math.max(0, output.size() - 40), output.size())));
    }
}
