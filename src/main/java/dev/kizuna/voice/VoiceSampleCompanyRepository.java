package dev.kizuna.voice;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the first sample companies (read-only, declared) for the voice sample data. */
@Repository
class VoiceSampleCompanyRepository {

    private final JdbcClient jdbc;

    VoiceSampleCompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> firstCompanies(int n) {
        return jdbc.sql("select id from company where kind = 'company' order by created_at, id limit ?").param(n)
                .query(UUID.class).list();
    }

    /** The first sample individual customers (a D2C shop's buyers): who writes postcards. */
    List<UUID> firstIndividuals(int n) {
        return jdbc.sql("select id from company where kind = 'individual' order by created_at, id limit ?").param(n)
                .query(UUID.class).list();
    }
}
