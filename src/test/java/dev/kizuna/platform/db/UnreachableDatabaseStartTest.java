package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.kizuna.support.ChildInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a start with an unreachable {@code KIZUNA_DB_URL} must fail within 30 s with one clear line naming the
 * URL and the cause. It failed after about half a minute (on a busy machine) with 190 lines of nested stack traces
 * from Flyway's bean. Kizuna runs as an operator runs it, in a JVM of its own, against a port nothing listens on.
 */
class UnreachableDatabaseStartTest {

    @Test
    void anUnreachableDatabaseEndsTheStartWithOneLineNamingItAndTheCause() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/kizuna";
        Path dir = Files.createDirectories(Path.of("target", "unreachable-database-test").toAbsolutePath());
        long started = System.nanoTime();
        try (ChildInstance kizuna = ChildInstance.start(dir.resolve("kizuna.log"), List.of(
                "--spring.datasource.url=" + url, "--spring.datasource.username=kizuna",
                "--spring.datasource.password=secret", "--kizuna.data-dir=" + dir))) {
            Integer status = kizuna.awaitExit(Duration.ofSeconds(60));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            List<String> output = kizuna.output();
            assertThat(status).as("exit status; output:\n%s", String.join("\n", output)).isEqualTo(1);
            assertThat(took).isLessThan(Duration.ofSeconds(30));
            List<String> said = output.stream().filter(line -> !line.isBlank()).toList();
            assertThat(said).as("one line").hasSize(1);
            assertThat(said.getFirst()).startsWith("Kizuna cannot start: the database " + url + " cannot be reached")
                    .contains("refused").doesNotContain("secret");
            org.slf4j.LoggerFactory.getLogger(UnreachableDatabaseStartTest.class).info("{} ms: {}", took.toMillis(),
                    said.getFirst());
        }
    }
}
