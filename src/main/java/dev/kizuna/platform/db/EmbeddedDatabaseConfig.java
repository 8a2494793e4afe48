package dev.kizuna.platform.db;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.kizuna.platform.KizunaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultLifecycleProcessor;

/**
 * When no database URL is configured ({@code KIZUNA_DB_URL} / {@code spring.datasource.url}), Kizuna runs
 * its own PostgreSQL with the data under {@code KIZUNA_DATA_DIR}. Same engine and migrations as production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfig {

    @Bean
    DataSource dataSource(KizunaProperties properties,
            @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeoutMillis) {
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
