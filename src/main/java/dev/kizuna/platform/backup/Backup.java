package dev.kizuna.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Writes a backup archive (a zip): every table of Kizuna's schema as PostgreSQL binary COPY data, read in one
 * repeatable-read transaction so the tables agree with each other, the sequences, then the uploaded files under
 * {@code files/} (taken after the database: files are only added, so every file a record names is in the copy).
 * Kizuna may keep running meanwhile.
 */
final class Backup {

    /** Folders of the file store that hold nothing worth keeping: uploads being received, S3 files read whole. */
    static final List<String> SCRATCH = List.of(".incoming", ".cache");

    private Backup() {
    }

    /** Writes the archive to {@code target} (through a temporary file, so a failed backup leaves no half file). */
    static BackupManifest write(DataSource dataSource, Path filesRoot, Path target) throws IOException, SQLException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        BackupManifest manifest;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            BackupManifest database = database(dataSource, zip);
            long[] files = filesRoot == null ? new long[2] : files(filesRoot, zip);
            manifest = new BackupManifest(database.schemaVersion(), database.tables(), database.sequences(), files[0],
                    files[1]);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    private static BackupManifest database(DataSource dataSource, ZipOutputStream zip) throws SQLException,
            IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                String version = schemaVersion(connection);
                CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
                List<BackupManifest.Table> tables = new ArrayList<>();
                for (String table : Catalog.tablesInLoadOrder(connection)) {
                    List<String> columns = Catalog.columns(connection, table);
                    zip.putNextEntry(new ZipEntry("db/" + table));
                    long rows = copy.copyOut("copy (select " + String.join(", ", columns.stream().map(Catalog::quote)
                            .toList()) + " from " + Catalog.quote(table) + ") to stdout (format binary)", zip);
                    zip.closeEntry();
                    tables.add(new BackupManifest.Table(table, columns, rows));
                }
                // after the tables: a sequence is never behind the rows that used it
                Map<String, BackupManifest.Sequence> sequences = new LinkedHashMap<>();
                for (String sequence : Catalog.sequences(connection)) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "select last_value, is_called from " + Catalog.quote(sequence));
                            ResultSet row = statement.executeQuery()) {
                        row.next();
                        sequences.put(sequence, new BackupManifest.Sequence(row.getLong(1), row.getBoolean(2)));
                    }
                }
                return new BackupManifest(version, tables, sequences, 0, 0);
            } finally {
                connection.rollback();
            }
        }
    }

    /** The version of the last migration applied: a restore migrates an empty database to exactly this one. */
    static String schemaVersion(Connection connection) throws SQLException {
        if (!Catalog.tableExists(connection, "flyway_schema_history")) {
            throw new SQLException("The database holds no Kizuna schema (no flyway_schema_history table)");
        }
        List<String> versions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select version from flyway_schema_history where success and version is not null");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions.stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElseThrow(() -> new SQLException("The database holds no applied Kizuna migration"));
    }

    private static long[] files(Path root, ZipOutputStream zip) throws IOException {
        long[] counted = new long[2];
        if (!Files.isDirectory(root)) {
            return counted;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !SCRATCH.contains(root.relativize(file).getName(0).toString())).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                zip.putNextEntry(new ZipEntry("files/" + root.relativize(file).toString().replace('\\', '/')));
                counted[1] += in.transferTo(zip);
                zip.closeEntry();
                counted[0]++;
            } catch (NoSuchFileException e) {
                // an old export deleted since the listing: its record is gone too (or goes at the next clean-up)
            }
        }
        return counted;
    }
}
