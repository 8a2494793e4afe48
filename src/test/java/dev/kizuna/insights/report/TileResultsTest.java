package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** A dashboard tile's result is reused for at most a minute, per report and permission level. */
class TileResultsTest {

    private Instant now = Instant.parse("2026-12-07T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final TileResults results = new TileResults(Optional.of(clock));
    private final AtomicInteger runs = new AtomicInteger();
    private final UUID report = UUID.randomUUID();

    private ReportResult run() {
        runs.incrementAndGet();
        return new ReportResult(null, null, null, List.of(), List.of(), List.of());
    }

    @Test
    void withinAMinuteTheSameResultIsShownAndAfterItTheReportRunsAgain() {
        var first = results.resultOf(report, PermissionLevel.MANAGER, this::run);
        now = now.plusSeconds(59);
        var again = results.resultOf(report, PermissionLevel.MANAGER, this::run);
        assertThat(again).isSameAs(first);
        assertThat(runs).hasValue(1);

        now = now.plusSeconds(1);
        var fresh = results.resultOf(report, PermissionLevel.MANAGER, this::run);
        assertThat(runs).hasValue(2);
        assertThat(fresh.computedAt()).isEqualTo(now);
    }

    @Test
    void eachPermissionLevelHasItsOwnResult() {
        results.resultOf(report, PermissionLevel.MANAGER, this::run);
        results.resultOf(report, PermissionLevel.MEMBER, this::run);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aDeletedReportIsForgotten() {
        results.resultOf(report, PermissionLevel.MANAGER, this::run);
        results.forget(report);
        results.resultOf(report, PermissionLevel.MANAGER, this::run);
        assertThat(runs).hasValue(2);
    }

    @Test
    void pastTheBoundStaleResultsGoFirstThenAll() {
        for (int i = 0; i < TileResults.MAX_KEPT / 2; i++) {
            results.resultOf(UUID.randomUUID(), PermissionLevel.MANAGER, this::run);
        }
        now = now.plusSeconds(61);
        for (int i = 0; i < TileResults.MAX_KEPT / 2; i++) {
            results.resultOf(UUID.randomUUID(), PermissionLevel.MANAGER, this::run);
        }
        results.resultOf(report, PermissionLevel.MANAGER, this::run);
        assertThat(results.size()).as("the stale half went").isEqualTo(TileResults.MAX_KEPT / 2 + 1);

        for (int i = results.size(); i < TileResults.MAX_KEPT; i++) {
            results.resultOf(UUID.randomUUID(), PermissionLevel.MANAGER, this::run);
        }
        results.resultOf(UUID.randomUUID(), PermissionLevel.MANAGER, this::run);
        assertThat(results.size()).as("all fresh: emptied, then the newest kept").isEqualTo(1);
    }
}
