package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

/** The health list's filters and sort: {@code score} (worst first, the default), {@code -score} or {@code customer}. */
public record HealthFilter(HealthBand band, UUID ownerId, String sort) {

    public static final List<String> SORTS = List.of("score", "-score", "customer");

    public String sortOrDefault() {
        return sort == null || sort.isBlank() ? "score" : sort;
    }
}
