package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: the AOT cache's training run ({@code -Dspring.context.exit=onRefresh}, docs/operations.md) ends with
 * {@code Runtime.halt}, so no shutdown hook ran and the embedded PostgreSQL stayed running on the data directory.
 * Here a child JVM builds the embedded database's configuration with that setting: when it has ended, no server is
 * left and the directory was shut down cleanly.
 */
class TrainingRunStopsDatabaseTest {

    private final Path dataDir = Path.of("target", "training-run-test").toAbsolutePath();

    @AfterEach
    void noServerLeftBehind() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        if (Files.isDirectory(pgData)) {
            StalePostmaster.stopIfLeftBehind(pgData);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theTrainingRunLeavesNoPostgresRunning() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-Xshare:off", "-Dspring.context.exit=onRefresh",
                "-cp", System.getProperty("java.class.path"), TrainingRunChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(said).isZero();
        assertThat(said).as("Spring halted it after the refresh").doesNotContain("NOT HALTED")
                .contains("Embedded PostgreSQL started");
        Path pgData = dataDir.resolve("postgres");
        assertThat(StalePostmaster.runningOn(pgData)).as("no PostgreSQL left running").isEmpty();
        assertThat(pgData.resolve("postmaster.pid")).as("shut down cleanly").doesNotExist();
    }
}
