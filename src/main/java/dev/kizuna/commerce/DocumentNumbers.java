package dev.kizuna.commerce;

import org.springframework.stereotype.Component;

/**
 * Gap-free document numbers per kind and year (Q-2026-000123): one counter row per kind and year, bumped inside the
 * caller's transaction, so the row stays locked until it commits and a rollback gives the number back.
 */
@Component
class DocumentNumbers {

    private final DocumentCounterRepository counters;

    DocumentNumbers(DocumentCounterRepository counters) {
        this.counters = counters;
    }

    String next(String prefix, int year) {
        return "%s-%d-%06d".formatted(prefix, year, counters.next(prefix, year));
    }
}
