package dev.kizuna.marketing;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves this module's rows of a merged customer and counts a customer's rows. */
@Repository
class MarketingMergeRepository {

    static final List<String> TABLES = List.of("subscription");

    private final JdbcClient jdbc;

    MarketingMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> move(String table, UUID to, UUID from, UUID actor) {
        requireKnown(table);
        return jdbc.sql("update " + table + " set company_id = :to, version = version + 1, updated_at = now(),"
                + " updated_by = :actor where company_id = :from returning id")
                .param("to", to).param("from", from).param("actor", actor).query(UUID.class).list();
    }

    long count(String table, UUID companyId) {
        requireKnown(table);
        return jdbc.sql("select count(*) from " + table + " where company_id = ?").param(companyId)
                .query(Long.class).single();
    }

    private static void requireKnown(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
    }
}
