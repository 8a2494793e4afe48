package dev.kizuna.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A JVM that starts the embedded database the way Kizuna does, marks one more start in it, prints
 * {@code READY <starts>} and then waits to be killed (kill -9): it dies without a shutdown, as in issue 25.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = EmbeddedDatabase.jdbcUrl(Path.of(args[0]));
        long starts;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists restart_mark (at timestamptz not null default now())");
            statement.execute("insert into restart_mark default values");
            try (ResultSet rows = statement.executeQuery("select count(*) from restart_mark")) {
                rows.next();
                starts = rows.getLong(1);
            }
        }
        System.out.println("READY " + starts);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
