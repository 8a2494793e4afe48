package dev.kizuna.platform.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import dev.kizuna.platform.db.CommandDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar kizuna.jar backup <file>} and {@code restore <file>}: the database and the uploaded files in one
 * archive, with the same settings as Kizuna itself ({@code KIZUNA_DB_URL} …, {@code KIZUNA_DATA_DIR},
 * {@code --name=value} arguments). A backup may be taken while Kizuna runs; a restore goes into an empty
 * installation (a new data directory or an empty database), and Kizuna is started on it afterwards.
 */
public final class BackupCommand {

    private static final Set<String> COMMANDS = Set.of("backup", "restore");

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and returns the exit status: 0 done, 1 failed (with one line saying why), 2 misused. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("Usage: java -jar kizuna.jar backup|restore <file> [--kizuna.data-dir=…]");
            return 2;
        }
        Path file = Path.of(args[1]);
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(settings)) {
            Environment env = context.getEnvironment();
            Path dataDir = Path.of(env.getProperty("kizuna.data-dir", "./data"));
            boolean s3 = !env.getProperty("kizuna.files.s3.bucket", "").isBlank();
            Path filesRoot = s3 ? null : dataDir.resolve("files");
            try (CommandDatabase database = CommandDatabase.open(env.getProperty("spring.datasource.url"),
                    env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"),
                    dataDir)) {
                BackupManifest manifest;
                if ("backup".equals(args[0])) {
                    manifest = Backup.write(database.dataSource(), filesRoot, file);
                } else {
                    if (!Files.isRegularFile(file)) {
                        out.println("Restore failed: no file " + file.toAbsolutePath());
                        return 1;
                    }
                    manifest = Restore.read(file, database.dataSource(), env.getProperty("spring.flyway.locations",
                            String[].class, new String[] {"classpath:db/migration"}), filesRoot);
                }
                out.printf("%s %s: %d tables, %d rows (schema %s), %d files (%d bytes), %s %s, in %d ms%n",
                        "backup".equals(args[0]) ? "Backed up" : "Restored", file.toAbsolutePath(),
                        manifest.tables().size(), manifest.rows(), manifest.schemaVersion(), manifest.files(),
                        manifest.fileBytes(), "backup".equals(args[0]) ? "from" : "into", database.describe(),
                        (System.nanoTime() - started) / 1_000_000);
                if (s3) {
                    out.println("Files are in the S3 bucket " + env.getProperty("kizuna.files.s3.bucket")
                            + " and not in this archive: keep them with the storage's own tools (docs/operations.md)");
                }
                return 0;
            }
        } catch (Exception e) {
            out.println(("backup".equals(args[0]) ? "Backup" : "Restore") + " failed: " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + cause.getMessage() + ")";
    }

    /** Only the environment: the command starts no web server, no jobs and none of Kizuna's beans. */
    static final class Settings {
    }
}
