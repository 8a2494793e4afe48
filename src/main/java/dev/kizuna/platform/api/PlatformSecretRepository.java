package dev.kizuna.platform.api;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The installation's secrets ({@code platform_secret}), made by the migration that created the table. */
@Repository
class PlatformSecretRepository {

    private final JdbcClient jdbc;

    PlatformSecretRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] secret(String name) {
        return jdbc.sql("select secret from platform_secret where name = ?").param(name).query(byte[].class).single();
    }
}
