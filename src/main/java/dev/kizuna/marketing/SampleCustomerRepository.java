package dev.kizuna.marketing;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the sample individual customers (read-only, declared) for the marketing sample data. */
@Repository
class SampleCustomerRepository {

    private final JdbcClient jdbc;

    SampleCustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> firstIndividuals(int n) {
        return jdbc.sql("select id from company where kind = 'individual' order by created_at, id limit ?").param(n)
                .query(UUID.class).list();
    }
}
