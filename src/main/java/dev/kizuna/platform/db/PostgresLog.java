package dev.kizuna.platform.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The embedded PostgreSQL's own log, in Kizuna's log (issue 25: it was hidden, so a server that died or refused to
 * start said nothing). The server writes to {@code KIZUNA_DATA_DIR/postgres.log} (kept at start up to
 * {@value #KEEP_BYTES} bytes, then moved to {@code postgres.log.1}); each new line is logged under this class with
 * its severity: FATAL and PANIC as errors, ERROR and WARNING as warnings (the application handles most failed
 * statements itself), the rest as information.
 */
final class PostgresLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresLog.class);
    static final long KEEP_BYTES = 10L * 1024 * 1024;
    private static final Pattern SEVERITY = Pattern.compile(
            "\\S+ \\S+ \\S+ \\[\\d+\\] (PANIC|FATAL|ERROR|WARNING|LOG|INFO|NOTICE|DEBUG\\d?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):");

    private final Path file;
    private long position;
    private Level level = Level.INFO;
    private volatile boolean closed;

    private PostgresLog(Path file, long position) {
        this.file = file;
        this.position = position;
    }

    /** The log file under {@code dataDir}, followed from its current end. */
    static PostgresLog open(Path dataDir) throws IOException {
        Path file = dataDir.resolve("postgres.log");
        Files.createDirectories(dataDir);
        if (Files.isRegularFile(file) && Files.size(file) > KEEP_BYTES) {
            Files.move(file, dataDir.resolve("postgres.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        return new PostgresLog(file, Files.size(file));
    }

    /** Where a server (and its {@code pg_ctl}) started now writes its output. */
    ProcessBuilder.Redirect redirect() {
        return ProcessBuilder.Redirect.appendTo(file.toFile());
    }

    /** Logs the new lines as they come, on a thread of its own, until {@link #close()}. */
    void follow() {
        Thread.ofPlatform().name("postgres-log").daemon().start(() -> {
            while (!closed) {
                drain();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Logs every complete line written since the last look. */
    synchronized void drain() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < position) {
                position = 0; // moved or cut by someone else: start again from its beginning
            }
            if (size == position) {
                return;
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(size - position, 1 << 20));
            channel.read(bytes, position);
            int end = lastNewline(bytes.array(), bytes.position());
            if (end < 0) {
                return; // half a line: wait for the rest
            }
            position += end + 1;
            for (String line : new String(bytes.array(), 0, end, StandardCharsets.UTF_8).split("\n")) {
                write(line);
            }
        } catch (IOException e) {
            log.debug("Could not read {}", file, e);
        }
    }

    private static int lastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void write(String line) {
        if (line.isBlank()) {
            return;
        }
        Matcher severity = SEVERITY.matcher(line);
        if (severity.find()) {
            level = switch (severity.group(1)) {
                case "PANIC", "FATAL" -> Level.ERROR;
                case "ERROR", "WARNING" -> Level.WARN;
                case "DETAIL", "HINT", "STATEMENT", "CONTEXT", "QUERY", "LOCATION" -> level; // belongs to the line above
                default -> Level.INFO;
            };
        } else if (!Character.isWhitespace(line.charAt(0))) {
            level = Level.INFO; // pg_ctl's own words; an indented line goes on the message above
        }
        log.atLevel(level).log("postgres: {}", line);
    }

    @Override
    public void close() {
        closed = true;
        drain();
    }
}
