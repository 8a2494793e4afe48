package dev.kizuna.platform.db;

import dev.kizuna.platform.KizunaProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A JVM that builds Kizuna's embedded database configuration (its DataSource starts the server) as the AOT cache's training run does: started with
 * {@code -Dspring.context.exit=onRefresh}, Spring halts it right after the refresh, without shutdown hooks.
 */
public final class TrainingRunChild {

    private TrainingRunChild() {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KizunaProperties.class)
    @Import(EmbeddedDatabaseConfig.class)
    static class Database {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(Database.class).web(WebApplicationType.NONE)
                .run("--kizuna.data-dir=" + args[0]);
        System.out.println("NOT HALTED"); // with spring.context.exit=onRefresh the JVM never gets here
    }
}
