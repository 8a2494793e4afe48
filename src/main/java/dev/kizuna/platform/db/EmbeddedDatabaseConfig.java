package dev.kizuna.platform.db;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.kizuna.platform.KizunaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.core.env.Environment;

/**
 * The database: the server named by {@code KIZUNA_DB_URL} ({@code spring.datasource.url}), or, when none is
 * configured, Kizuna's own PostgreSQL with the data under {@code KIZUNA_DATA_DIR}. Same engine and migrations.
 * <p>
 * The choice is made when the data source is made, not by a bean condition: the runnable jar is built with Spring's
 * AOT processing (issue 25), which fixes bean conditions at build time, and one jar serves both.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(KizunaProperties properties, Environment env,
            @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeoutMillis) {
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) { // the server: its pool settings are bound from spring.datasource.hikari.*
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(env.getProperty("spring.datasource.username"));
            dataSource.setPassword(env.getProperty("spring.datasource.password"));
            return dataSource;
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedDatabase.jdbcUrl(properties.dataDir()));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(connectionTimeoutMillis); // fail fast (503) while the database is away
        dataSource.setPoolName("kizuna-embedded");
        return dataSource;
    }

    /**
     * Spring Boot's own lifecycle processor (its timeout per shutdown phase kept) that also stops the embedded server
     * when the JVM is about to be halted after the refresh (the AOT training run).
     */
    @Bean
    static DefaultLifecycleProcessor lifecycleProcessor(
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeoutPerShutdownPhase) {
        DefaultLifecycleProcessor processor = new StopDatabaseBeforeHalt();
        processor.setTimeoutPerShutdownPhase(timeoutPerShutdownPhase.toMillis());
        return processor;
    }
}
