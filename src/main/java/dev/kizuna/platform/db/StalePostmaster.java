package dev.kizuna.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that an earlier run left serving the data directory. pg_ctl starts the server as a daemon, not as the
 * JVM's child, so a JVM killed without a shutdown (kill -9, the OOM killer) leaves it running, and the next start
 * failed on its {@code postmaster.pid} with a misleading "Gave up waiting for server to start … Connection refused".
 * Before starting, the server named in {@code postmaster.pid} is stopped when it is a {@code postgres} on this very
 * directory and no live process holds the directory's {@code epg-lock} (which the JVM running it holds while it runs).
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    /** The lock file the embedded server's owner holds (zonky's {@code EmbeddedPostgres}). */
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);

    private StalePostmaster() {
    }

    /** Stops the server an earlier, dead run left on {@code pgData}; returns whether there was one. */
    static boolean stopIfLeftBehind(Path pgData) throws IOException {
        Optional<ProcessHandle> server = runningOn(pgData);
        if (server.isEmpty()) {
            return false; // none, or a stale pid file PostgreSQL itself will replace
        }
        try (FileChannel channel = FileChannel.open(pgData.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock owner = channel.tryLock()) {
            if (owner == null) {
                return false; // a live process runs this server: not ours to stop
            }
            stop(server.get(), pgData);
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM runs it
        }
    }

    /** The live PostgreSQL serving {@code pgData}, as its {@code postmaster.pid} names it. */
    static Optional<ProcessHandle> runningOn(Path pgData) throws IOException {
        return serverNamedIn(pgData.resolve("postmaster.pid")).filter(process -> serves(process, pgData));
    }

    private static Optional<ProcessHandle> serverNamedIn(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip())).filter(ProcessHandle::isAlive);
    }

    /** Whether the process is a postgres whose data directory ({@code -D}) is {@code pgData}. */
    static boolean serves(ProcessHandle process, Path pgData) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; postgres && i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i]) && sameDirectory(Path.of(arguments[i + 1]), pgData)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle server, Path pgData) {
        long pid = server.pid();
        log.warn("A PostgreSQL (pid {}) left running by an earlier start that did not stop it serves {}: stopping it",
                pid, pgData);
        signal(server, "INT"); // fast shutdown: ends the dead run's sessions, writes a checkpoint
        if (exited(server, FAST_SHUTDOWN)) {
            return;
        }
        signal(server, "QUIT"); // immediate shutdown: the next start recovers from the WAL
        if (!exited(server, IMMEDIATE_SHUTDOWN)) {
            throw new IllegalStateException("The PostgreSQL (pid " + pid + ") left running on " + pgData
                    + " by an earlier start does not stop: stop it (kill -QUIT " + pid + ") and start again");
        }
    }

    private static void signal(ProcessHandle server, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command; asking PostgreSQL to stop with SIGTERM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroy(); // SIGTERM: a smart shutdown, which the dead run's closed sessions do not hold up
    }

    private static boolean exited(ProcessHandle server, Duration wait) {
        try {
            server.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !server.isAlive();
        } catch (ExecutionException e) {
            return !server.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !server.isAlive();
        }
    }
}
