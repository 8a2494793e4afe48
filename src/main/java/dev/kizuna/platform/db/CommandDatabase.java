package dev.kizuna.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a command line tool (backup, restore) works on, found the way Kizuna finds it: the server named by
 * {@code KIZUNA_DB_URL}, else the embedded one under the data directory — the one a running Kizuna serves (its port
 * is in {@code postmaster.pid}), or, when none runs, one this tool starts for itself and stops when closed.
 */
public final class CommandDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final String description;
    private final EmbeddedPostgres started;

    private CommandDatabase(DataSource dataSource, String description, EmbeddedPostgres started) {
        this.dataSource = dataSource;
        this.description = description;
        this.started = started;
    }

    /** {@code url} blank = the embedded database under {@code dataDir}. */
    public static CommandDatabase open(String url, String user, String password, Path dataDir) throws IOException {
        if (url != null && !url.isBlank()) {
            return new CommandDatabase(simple(url, user, password), url, null);
        }
        Path pgData = dataDir.resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(pgData);
        StalePostmaster.stopIfLeftBehind(pgData);
        OptionalInt running = runningPort(pgData);
        if (running.isPresent()) {
            String jdbc = "jdbc:postgresql://localhost:" + running.getAsInt() + "/postgres";
            return new CommandDatabase(simple(jdbc, "postgres", "postgres"), "the embedded database of the running "
                    + "Kizuna in " + pgData + " (" + jdbc + ")", null);
        }
        EmbeddedPostgres server = EmbeddedDatabase.builder(pgData, Boolean.getBoolean(EmbeddedDatabase.FRESH)).start();
        String jdbc = server.getJdbcUrl("postgres", "postgres");
        return new CommandDatabase(simple(jdbc, "postgres", "postgres"), "the embedded database in " + pgData, server);
    }

    /** The port of a live server on {@code pgData} (line 4 of {@code postmaster.pid}), if one runs. */
    static OptionalInt runningPort(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return OptionalInt.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
            return OptionalInt.empty();
        }
        boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive).filter(p -> StalePostmaster.serves(p, pgData)).isPresent();
        return alive ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
    }

    private static DataSource simple(String url, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        if (user != null && !user.isBlank()) {
            source.setUser(user);
        }
        if (password != null && !password.isBlank()) {
            source.setPassword(password);
        }
        return source;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String describe() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
