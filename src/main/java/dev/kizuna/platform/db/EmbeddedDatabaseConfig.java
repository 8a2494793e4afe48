package dev.kizuna.platform.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.kizuna.platform.KizunaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
