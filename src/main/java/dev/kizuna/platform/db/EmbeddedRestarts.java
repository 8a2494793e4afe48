package dev.kizuna.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL again when it dies while Kizuna runs (issue 25: killed, out of memory, a full disk;
 * Kizuna answered 500 until restarted by hand). Every second it looks whether the server that {@code postmaster.pid}
 * names is alive; when it is not, {@code pg_ctl restart} starts it with the options it last ran with
 * ({@code postmaster.opts}: the same binaries, port and settings), so the pool's connections find it where they
 * left it. PostgreSQL recovers every committed transaction from its write-ahead log. A start that fails (the dead
 * server's processes still hold its shared memory, the disk is still full) is tried again after 1, 2, 4 … 15 s.
 * Meanwhile requests answer 503 and health is DOWN (platform.web.DatabaseOutageFilter).
 */
final class EmbeddedRestarts {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRestarts.class);
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(15);
    private static final int START_SECONDS = 60;

    private final Path pgData;
    private final PostgresLog postgresLog;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile boolean stopped;
    private volatile boolean held;

    private EmbeddedRestarts(Path pgData, PostgresLog postgresLog) {
        this.pgData = pgData;
        this.postgresLog = postgresLog;
    }

    /** Watches the server on {@code pgData} from now on, until {@link #stop()}. */
    static EmbeddedRestarts watch(Path pgData, PostgresLog postgresLog) {
        EmbeddedRestarts restarts = new EmbeddedRestarts(pgData, postgresLog);
        Thread.ofPlatform().name("embedded-postgres-watch").daemon().start(restarts::run);
        return restarts;
    }

    /** No more restarts: the server is being stopped on purpose. */
    void stop() {
        stopped = true;
    }

    /** For tests: leave a dead server dead until {@code held} is false again. */
    void hold(boolean held) {
        this.held = held;
    }

    /** How many times the server was started again. */
    int restarts() {
        return restarts.get();
    }

    private void run() {
        Duration wait = LOOK_EVERY;
        while (!stopped) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            if (stopped || held || running()) {
                wait = LOOK_EVERY;
                continue;
            }
            wait = restart() ? LOOK_EVERY : min(wait.multipliedBy(2), LONGEST_WAIT);
        }
    }

    private boolean running() {
        try {
            return StalePostmaster.runningOn(pgData).isPresent();
        } catch (IOException e) {
            return true; // postmaster.pid being written or replaced: look again in a second
        }
    }

    private boolean restart() {
        long started = System.nanoTime();
        log.warn("The embedded PostgreSQL serving {} has stopped: starting it again (its log follows)", pgData);
        try {
            Optional<List<String>> command = pgCtlRestart();
            if (command.isEmpty()) {
                log.error("Cannot start the embedded PostgreSQL again: {} is missing or unreadable",
                        pgData.resolve("postmaster.opts"));
                return false;
            }
            Process pgCtl = new ProcessBuilder(command.get()).redirectErrorStream(true)
                    .redirectOutput(postgresLog.redirect()).start();
            boolean done = pgCtl.waitFor(START_SECONDS + 30, TimeUnit.SECONDS) && pgCtl.exitValue() == 0;
            if (!done) {
                pgCtl.destroyForcibly();
            }
            postgresLog.drain();
            if (done && running()) {
                restarts.incrementAndGet();
                log.warn("The embedded PostgreSQL runs again after {} ms", (System.nanoTime() - started) / 1_000_000);
                return true;
            }
            log.warn("The embedded PostgreSQL did not start again (see its log above); trying again shortly");
        } catch (IOException e) {
            log.warn("Could not start the embedded PostgreSQL again: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
        return false;
    }

    /**
     * {@code pg_ctl restart} next to the binary that ran last ({@code postmaster.opts} begins with its path), under
     * {@code unshare -U} when zonky runs PostgreSQL that way (as root).
     */
    private Optional<List<String>> pgCtlRestart() throws IOException {
        Path opts = pgData.resolve("postmaster.opts");
        if (!Files.isRegularFile(opts)) {
            return Optional.empty();
        }
        String line = Files.readString(opts).strip();
        int quoted = line.indexOf(" \"");
        Path postgres = Path.of(quoted < 0 ? line : line.substring(0, quoted));
        if (postgres.getParent() == null) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", pgData.toString(), "-w", "-t",
                Integer.toString(START_SECONDS), "restart"));
        return Optional.of(command);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
