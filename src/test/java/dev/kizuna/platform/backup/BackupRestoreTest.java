package dev.kizuna.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.kizuna.KizunaApplication;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.support.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 25: backups were documented nowhere and a dump alone misses the uploaded files. Kizuna starts on an empty
 * database with its sample data (every module that has some) and a few uploaded files; {@code backup} writes one
 * archive; {@code restore} loads it into a new, empty database and data directory; every table then holds the same
 * rows (count and a digest of every row) and every file the same bytes, and Kizuna starts on the restored data.
 * On CI's PostgreSQL server when {@code KIZUNA_DB_URL} is set, else on an embedded one.
 */
@Tag("server")
class BackupRestoreTest {

    private final Path dir = Path.of("target", "backup-restore-test").toAbsolutePath();

    @Test
    void restoresEveryTableAndFileIntoAnEmptyInstallation() throws Exception {
        deleteDirectory(dir);
        try (TestDatabases server = TestDatabases.start(dir.resolve("postgres"))) {
            String source = server.create("kizuna_backup_source");
            String target = server.create("kizuna_backup_target");
            Path sourceData = dir.resolve("source");
            Path targetData = dir.resolve("target");
            try (ConfigurableApplicationContext app = start(server, source, sourceData)) {
                FileStore files = app.getBean(FileStore.class);
                for (int i = 0; i < 5; i++) {
                    files.put(new ByteArrayInputStream(("添付 " + i + " ").repeat(1000 * (i + 1))
                            .getBytes(StandardCharsets.UTF_8)));
                }
            }
            Path archive = dir.resolve("kizuna.backup");

            assertThat(command("backup", archive, server, source, sourceData)).startsWith("Backed up");
            assertThat(command("restore", archive, server, target, targetData)).startsWith("Restored");

            Map<String, String> before = digests(server, source);
            assertThat(before).as("tables with rows").hasSizeGreaterThan(30);
            assertThat(before.keySet()).contains("app_user", "company", "contact", "deal", "activity", "task",
                    "playbook", "product", "quote", "flyway_schema_history", "postal_code");
            assertThat(digests(server, target)).isEqualTo(before);
            assertThat(tables(server, target)).isEqualTo(tables(server, source));
            assertSameFiles(sourceData.resolve("files"), targetData.resolve("files"));

            assertThat(command("restore", archive, server, target, targetData))
                    .as("a second restore over the data is refused").startsWith("Restore failed: The database is not empty");
            try (ConfigurableApplicationContext restored = start(server, target, targetData)) {
                assertThat(restored.isActive()).as("Kizuna starts on the restored database").isTrue();
            }
        }
    }

    private static ConfigurableApplicationContext start(TestDatabases server, String url, Path dataDir) {
        List<String> args = new ArrayList<>(List.of(server.kizunaArguments(url)));
        args.addAll(List.of("--kizuna.data-dir=" + dataDir, "--kizuna.sample-data=true", "--kizuna.dataio.worker=false",
                "--server.port=0", "--spring.jmx.enabled=false", "--spring.task.scheduling.pool.size=1"));
        return new SpringApplicationBuilder(KizunaApplication.class).run(args.toArray(String[]::new));
    }

    private static String command(String name, Path archive, TestDatabases server, String url, Path dataDir) {
        List<String> args = new ArrayList<>(List.of(name, archive.toString()));
        args.addAll(List.of(server.kizunaArguments(url)));
        args.add("--kizuna.data-dir=" + dataDir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BackupCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        org.slf4j.LoggerFactory.getLogger(BackupRestoreTest.class).info("{} → {}: {}", name, status, printed.strip());
        return printed;
    }

    /** Each table with rows: its row count and an md5 over the md5 of every row, in a fixed order. */
    private static Map<String, String> digests(TestDatabases server, String url) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = server.connect(url)) {
            for (String table : tables(server, url)) {
                try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                        "select count(*), md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), '')) from "
                                + Catalog.quote(table) + " t")) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        digests.put(table, row.getLong(1) + " " + row.getString(2));
                    }
                }
            }
        }
        return digests;
    }

    private static List<String> tables(TestDatabases server, String url) throws SQLException {
        try (Connection connection = server.connect(url)) {
            return Catalog.tablesInLoadOrder(connection).stream().sorted().toList();
        }
    }

    private static void assertSameFiles(Path source, Path target) throws IOException {
        List<Path> kept;
        try (Stream<Path> walk = Files.walk(source)) {
            kept = walk.filter(Files::isRegularFile).filter(f -> !Backup.SCRATCH.contains(
                    source.relativize(f).getName(0).toString())).toList();
        }
        assertThat(kept).as("uploaded files").hasSizeGreaterThanOrEqualTo(5);
        for (Path file : kept) {
            Path copy = target.resolve(source.relativize(file));
            assertThat(copy).as(copy.toString()).exists();
            assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
        }
    }

    private static void deleteDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
