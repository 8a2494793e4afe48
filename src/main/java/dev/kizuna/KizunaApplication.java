package dev.kizuna;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.kizuna.platform.backup.BackupCommand;
import dev.kizuna.platform.db.DatabaseAtStart;
import dev.kizuna.platform.startup.StartupSteps;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Kizuna (絆): customer relationships and customer success for Japanese small and mid-sized businesses.
 * Each direct sub-package is one business module; see docs/architecture.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Kizuna", sharedModules = "platform")
public class KizunaApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) { // java -jar kizuna.jar backup|restore <file>: see docs/operations.md
            System.exit(BackupCommand.run(args, System.out));
        }
        useAotCodeInJar();
        SpringApplication application = new SpringApplication(KizunaApplication.class);
        application.addListeners(new DatabaseAtStart()); // the embedded server early, or a clear line
        StartupSteps.recordIfAsked(application); // -Dkizuna.startup-steps=20: what the start spends its time on
        application.run(args);
    }

    /**
     * Run from the jar, Kizuna uses the bean definitions its build wrote out as code (Spring's AOT processing):
     * the start skips scanning, configuration-class parsing and condition evaluation (issue 25; docs/operations.md).
     * Not from {@code target/classes} (tests, {@code spring-boot:run}), where that code may be older than the classes;
     * {@code -Dspring.aot.enabled=false} turns it off.
     */
    static void useAotCodeInJar() {
        URL location = KizunaApplication.class.getProtectionDomain().getCodeSource().getLocation();
        if (System.getProperty("spring.aot.enabled") == null && location != null && !isDirectory(location)
                && KizunaApplication.class.getResource("KizunaApplication__ApplicationContextInitializer.class") != null) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    private static boolean isDirectory(URL location) {
        try {
            return "file".equals(location.getProtocol()) && Files.isDirectory(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
