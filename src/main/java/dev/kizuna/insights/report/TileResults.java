package dev.kizuna.insights.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.kizuna.identity.PermissionLevel;
import org.springframework.stereotype.Component;

/**
 * Dashboard tiles' results, kept for at most a minute per saved report and permission level (issue 22: a dashboard of
 * eight tiles opens fast, and is never more than a minute behind the data). A saved report's definition never changes
 * (editing makes a copy), so the report and the level decide the result. Bounded: past {@link #MAX_KEPT} results the
 * stale ones go, and if none is stale, all of them.
 */
@Component
class TileResults {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    static final int MAX_KEPT = 2_000;

    private final Clock clock;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    TileResults(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The result of {@code reportId} at {@code level}: the one computed within the last minute, or {@code run}'s now. */
    Kept resultOf(UUID reportId, PermissionLevel level, Supplier<ReportResult> run) {
        Key key = new Key(reportId, level);
        Instant now = clock.instant();
        Kept found = kept.get(key);
        if (found != null && found.isFreshAt(now)) {
            return found;
        }
        Kept computed = new Kept(run.get(), now);
        if (kept.size() >= MAX_KEPT) {
            kept.values().removeIf(k -> !k.isFreshAt(now));
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
        }
        kept.put(key, computed);
        return computed;
    }

    /** Forgets a deleted report's results. */
    void forget(UUID reportId) {
        kept.keySet().removeIf(k -> k.reportId().equals(reportId));
    }

    int size() {
        return kept.size();
    }

    private record Key(UUID reportId, PermissionLevel level) {
    }

    /** A tile's result and when it was computed. */
    record Kept(ReportResult result, Instant computedAt) {

        boolean isFreshAt(Instant now) {
            return computedAt.plus(FRESH_FOR).isAfter(now);
        }
    }
}
