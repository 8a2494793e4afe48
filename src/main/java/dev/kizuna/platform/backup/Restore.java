package dev.kizuna.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Loads a backup archive into an empty installation: migrates the empty database to the schema version the backup
 * was taken at (a newer Kizuna migrates the rest at its next start), replaces the few rows the migrations wrote with
 * the backup's, loads every table in one transaction — all or nothing — sets the sequences, and puts the files back.
 */
final class Restore {

    private Restore() {
    }

    /** What was restored, or why not. */
    static BackupManifest read(Path archive, DataSource dataSource, String[] flywayLocations, Path filesRoot)
            throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                throw new IOException(archive + " is not a Kizuna backup (no " + BackupManifest.ENTRY + ")");
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = BackupManifest.read(in);
            }
            try (Connection connection = dataSource.getConnection()) {
                refuseUnlessEmpty(connection);
            }
            migrate(dataSource, flywayLocations, manifest.schemaVersion());
            database(zip, manifest, dataSource);
            if (filesRoot != null) {
                files(zip, filesRoot);
            }
            return manifest;
        }
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        if (Catalog.tableExists(connection, "app_user") && Catalog.rows(connection, "app_user") > 0) {
            throw new SQLException("The database is not empty (it has users): restore into a new database or a new "
                    + "data directory");
        }
    }

    private static void migrate(DataSource dataSource, String[] locations, String version) throws SQLException {
        Flyway.configure().dataSource(dataSource).locations(locations).target(MigrationVersion.fromVersion(version))
                .load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            String reached = Backup.schemaVersion(connection);
            if (!reached.equals(version)) {
                throw new SQLException("The backup was taken at schema version " + version + ", which this Kizuna does "
                        + "not know (it reaches " + reached + "): restore with the Kizuna version that took it, or newer");
            }
        }
    }

    private static void database(ZipFile zip, BackupManifest manifest, DataSource dataSource) throws SQLException,
            IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<BackupManifest.Table> children = new ArrayList<>(manifest.tables());
                Collections.reverse(children);
                for (BackupManifest.Table table : children) { // rows the migrations wrote (settings, the cursor key)
                    if (Catalog.tableExists(connection, table.name()) && Catalog.rows(connection, table.name()) > 0) {
                        try (Statement statement = connection.createStatement()) {
                            statement.executeUpdate("delete from " + Catalog.quote(table.name()));
                        }
                    }
                }
                CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
                for (BackupManifest.Table table : manifest.tables()) {
                    ZipEntry entry = zip.getEntry("db/" + table.name());
                    if (entry == null) {
                        throw new IOException("The backup lacks the rows of " + table.name());
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        long rows = copy.copyIn("copy " + Catalog.quote(table.name()) + " (" + String.join(", ",
                                table.columns().stream().map(Catalog::quote).toList()) + ") from stdin (format binary)",
                                in);
                        if (rows != table.rows()) {
                            throw new IOException(table.name() + ": " + rows + " rows loaded, the backup has "
                                    + table.rows());
                        }
                    }
                }
                for (Map.Entry<String, BackupManifest.Sequence> sequence : manifest.sequences().entrySet()) {
                    try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        statement.setString(1, Catalog.quote(sequence.getKey()));
                        statement.setLong(2, sequence.getValue().lastValue());
                        statement.setBoolean(3, sequence.getValue().called());
                        statement.execute();
                    }
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void files(ZipFile zip, Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith("files/")) {
                continue;
            }
            Path target = base.resolve(entry.getName().substring("files/".length())).normalize();
            if (!target.startsWith(base) || target.equals(base)) {
                throw new IOException("The backup names a file outside the file store: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
