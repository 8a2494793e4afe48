package dev.kizuna.platform.sampledata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which sample data sets have been loaded ({@code sample_data_load}): each once per installation. */
@Repository
class SampleDataLoadRepository {

    private final JdbcClient jdbc;

    SampleDataLoadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the first caller with this set's name; false ever after. */
    boolean claim(String name) {
        return jdbc.sql("insert into sample_data_load (name) values (?) on conflict do nothing").param(name)
                .update() == 1;
    }
}
