package dev.kizuna.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.kizuna.KizunaApplication;

/**
 * Kizuna in a JVM of its own (the test's class path), as an operator runs it: it can be killed with SIGKILL, leaving
 * whatever it held in the database as a crash leaves it. Its output goes to {@code log}.
 */
public final class ChildInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ChildInstance start(Path log, List<String> arguments) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), KizunaApplication.class.getName(), "--server.port=" + port,
                "--spring.jmx.enabled=false"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildInstance(process, port, log);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** Waits until {@code /actuator/health} answers 200; fails with the log's end if the process dies first. */
    public void awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Kizuna on port " + port + " stopped: see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Kizuna on port " + port + " did not come up within " + timeout + ": see " + log);
    }

    /** Waits for the process to end by itself; returns its exit status, or null when it still runs. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public List<String> output() throws IOException {
        return java.nio.file.Files.readAllLines(log);
    }

    /** SIGKILL: no shutdown hook, no lock released, no transaction finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
