package dev.kizuna;

import dev.kizuna.platform.backup.BackupCommand;
import dev.kizuna.platform.db.DatabaseAtStart;
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
        SpringApplication application = new SpringApplication(KizunaApplication.class);
        application.addListeners(new DatabaseAtStart()); // the embedded server early, or a clear line
        application.run(args);
    }
}
