package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 25: only the embedded PostgreSQL was ever tested. On CI's PostgreSQL server (.ci/run starts Debian's and sets
 * {@code KIZUNA_DB_URL}; the server-db execution in pom.xml) Kizuna runs on that server as an ordinary user, with the
 * settings docs/operations.md asks for: a UTF-8 LC_CTYPE, under which pg_trgm makes trigrams of kanji and kana.
 */
@KizunaTest
@Tag("server")
@EnabledIfEnvironmentVariable(named = "KIZUNA_DB_URL", matches = ".+", disabledReason = "KIZUNA_DB_URL is not set: "
        + "this test checks a PostgreSQL server (.ci/run starts one; or ./mvnw verify -Dkizuna.server-db-url=…)")
class ServerDatabaseTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void kizunaRunsOnTheServerAsAnOrdinaryUserWithTheSettingsItNeeds() {
        assertThat(((HikariDataSource) dataSource).getJdbcUrl()).as("not the embedded database")
                .isEqualTo(System.getenv("KIZUNA_DB_URL"));
        assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
                .isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.sql("select current_setting('is_superuser')").query(String.class).single()).isEqualTo("off");
        assertThat(jdbc.sql("select current_setting('lc_ctype')").query(String.class).single().toLowerCase())
                .matches(".*utf-?8");
        assertThat(jdbc.sql("select extname from pg_extension").query(String.class).list()).contains("pg_trgm");
        assertThat(jdbc.sql("select cardinality(show_trgm('絆商事'))").query(Integer.class).single())
                .as("kanji make trigrams (none under a non-UTF-8 LC_CTYPE)").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select similarity('株式会社絆商事', '絆商事')").query(Double.class).single())
                .as("a name shares trigrams with its part").isGreaterThan(0.1);
    }
}
