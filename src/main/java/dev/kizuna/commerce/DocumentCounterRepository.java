package dev.kizuna.commerce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document counters ({@code document_counter}): one row per kind and year holding the last number given. */
@Repository
class DocumentCounterRepository {

    private final JdbcClient jdbc;

    DocumentCounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the kind and year, its row locked until the caller's transaction ends. */
    long next(String kind, int year) {
        return jdbc.sql("""
                insert into document_counter (kind, year, last_number) values (?, ?, 1)
                on conflict (kind, year) do update set last_number = document_counter.last_number + 1
                returning last_number
                """).params(kind, year).query(Long.class).single();
    }
}
