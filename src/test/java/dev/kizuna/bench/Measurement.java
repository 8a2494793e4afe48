package dev.kizuna.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times a scenario against its baseline in the same run: warm-up, then the two interleaved (subject, baseline,
 * subject, …) so that a noisy neighbour slows both alike; reports p50/p95 of each and the ratio of p95s.
 */
public record Measurement(String scenario, String description, double p50Ms, double p95Ms, double baselineP50Ms,
        double baselineP95Ms, int iterations, long rows) {

    public static Measurement of(String scenario, String description, int warmup, int iterations, Runnable subject,
            Runnable baseline, long rows) {
        for (int i = 0; i < warmup; i++) {
            subject.run();
            baseline.run();
        }
        List<Long> s = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            s.add(time(subject));
            b.add(time(baseline));
        }
        return new Measurement(scenario, description, percentile(s, 50), percentile(s, 95), percentile(b, 50),
                percentile(b, 95), iterations, rows);
    }

    public double ratio() {
        return p95Ms / baselineP95Ms;
    }

    public String row() {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f |", scenario, description, p50Ms,
                p95Ms, baselineP50Ms, baselineP95Ms, ratio());
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
