package dev.kizuna.success;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_setting}. */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int earlyRenewalDays() {
        return jdbc.sql("select value from success_setting where key = 'earlyRenewalDays'").query(String.class)
                .optional().map(Integer::parseInt).orElse(30);
    }

    void earlyRenewalDays(int days) {
        jdbc.sql("""
                insert into success_setting (key, value) values ('earlyRenewalDays', ?)
                on conflict (key) do update set value = excluded.value
                """).param(String.valueOf(days)).update();
    }
}
