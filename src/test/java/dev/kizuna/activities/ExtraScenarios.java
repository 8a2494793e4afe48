package dev.kizuna.activities;

import java.util.List;
import java.util.UUID;

import dev.kizuna.bench.Measurement;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily report and compliance scenarios, filled in once those facades exist. */
final class ExtraScenarios {

    private ExtraScenarios() {
    }

    static void add(List<Measurement> results, JdbcClient jdbc, List<UUID> reps, int iterations, int activities) {
    }
}
