package dev.kizuna.commerce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gap-free document numbers per kind and year (Q-2026-000123): one counter row per kind and year, bumped inside the
 * caller's transaction, so the row stays locked until it commits and a rollback gives the number back.
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String prefix, int year) {
        long n = jdbc.sql("""
                insert into document_counter (kind, year, last_number) values (?, ?, 1)
                on conflict (kind, year) do update set last_number = document_counter.last_number + 1
                returning last_number
                """).params(prefix, year).query(Long.class).single();
        return "%s-%d-%06d".formatted(prefix, year, n);
    }
}
