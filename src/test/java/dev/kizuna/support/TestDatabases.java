package dev.kizuna.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server on which a test makes databases of its own: the server named by {@code KIZUNA_DB_URL} when it is
 * set (CI's real server, see .ci/run), else an embedded one the test starts under {@code target/}. Each database is
 * new and empty, so tests on a shared server never see each other's rows.
 */
public final class TestDatabases implements AutoCloseable {

    /** The environment variable CI sets to its PostgreSQL server (any database on it; the user may create databases). */
    public static final String SERVER_URL = "KIZUNA_DB_URL";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private TestDatabases(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** CI's server when {@code KIZUNA_DB_URL} is set, else an embedded server with its data in {@code dir}. */
    public static TestDatabases start(Path dir) throws IOException {
        String url = System.getenv(SERVER_URL);
        if (url != null && !url.isBlank()) {
            return new TestDatabases(url, System.getenv("KIZUNA_DB_USER"), System.getenv("KIZUNA_DB_PASSWORD"), null);
        }
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100").setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8").start();
        return new TestDatabases(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", server);
    }

    public boolean onServer() {
        return embedded == null;
    }

    /** A new, empty database (UTF-8); returns its JDBC URL. */
    public String create(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(adminUrl, user(), password());
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " template template0 encoding 'UTF8'");
        }
        int query = adminUrl.indexOf('?');
        String withoutQuery = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + name;
    }

    /** The user to connect as: CI's {@code KIZUNA_DB_USER} (or the URL's own), else the embedded {@code postgres}. */
    public String user() {
        return user == null ? "" : user;
    }

    public String password() {
        return password == null ? "" : password;
    }

    public Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** The settings that point Kizuna (or its backup command) at {@code url}. */
    public String[] kizunaArguments(String url) {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password()};
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
