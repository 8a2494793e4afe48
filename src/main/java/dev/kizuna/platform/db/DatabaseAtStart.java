package dev.kizuna.platform.db;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The database, as soon as the settings are read and before Spring builds the application (issue 25):
 * <ul>
 * <li>without a database URL, the embedded PostgreSQL starts in the background, coming up while Spring builds the
 * application instead of after it;</li>
 * <li>with {@code KIZUNA_DB_URL}, one connection is tried (at most {@value #CONNECT_SECONDS} s to connect): a
 * database that cannot be reached ends the start at once with one line naming the URL and the cause, instead of a
 * wall of stack traces half a minute later.</li>
 * </ul>
 * Added by {@code KizunaApplication.main}; tests build their applications without it.
 */
public final class DatabaseAtStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final int CONNECT_SECONDS = 10;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (Boolean.getBoolean("spring.aot.processing")) { // the build's AOT processing reads the beans, no database
            return;
        }
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            EmbeddedDatabase.startEarly(Path.of(env.getProperty("kizuna.data-dir", "./data")));
            return;
        }
        String problem = problem(url, env.getProperty("spring.datasource.username", ""),
                env.getProperty("spring.datasource.password", ""));
        if (problem != null) {
            report(System.err, url, problem);
            System.exit(1);
        }
    }

    /** Why no connection can be made to {@code url}, or null when one can. */
    static String problem(String url, String user, String password) {
        Properties properties = new Properties();
        if (!user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (!password.isBlank()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_SECONDS + 5));
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return null;
        } catch (SQLException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = String.valueOf(e.getMessage());
            return root == e || message.contains(String.valueOf(root.getMessage())) ? message
                    : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
    }

    static void report(PrintStream out, String url, String problem) {
        out.println("Kizuna cannot start: the database " + url.replaceAll("(?i)(password=)[^&;]*", "$1***")
                + " cannot be reached: " + problem.replace('\n', ' ')
                + " — check KIZUNA_DB_URL, KIZUNA_DB_USER and KIZUNA_DB_PASSWORD");
    }
}
