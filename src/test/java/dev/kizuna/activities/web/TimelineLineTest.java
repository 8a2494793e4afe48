package dev.kizuna.activities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.TimelineEntry;
import org.junit.jupiter.api.Test;

/** Issue 24: one two-step playbook put 15 system lines above the real calls; a run's lines now fold into one. */
class TimelineLineTest {

    private static TimelineEntry entry(String kind, String href, int minute) {
        return new TimelineEntry(kind, Instant.parse("2026-12-07T01:00:00Z").plusSeconds(60L * (60 - minute)),
                UUID.randomUUID(), kind, null, "", "system", href, 0);
    }

    @Test
    void aRunsLinesFoldUnderItsNewestAndTheCallsStayLinesOfTheirOwn() {
        var entries = new ArrayList<TimelineEntry>();
        for (int i = 0; i < 15; i++) {
            entries.add(entry("playbook", "/playbook-runs/run-1", i));
        }
        entries.add(entry("activity", "/activities/a", 20));
        entries.add(entry("playbook", "/playbook-runs/run-2", 21));
        entries.add(entry("activity", "/activities/b", 22));

        List<TimelineLine> lines = TimelineLine.group(entries);

        assertThat(lines).extracting(l -> l.entry().kind()).containsExactly("playbook", "activity", "playbook", "activity");
        assertThat(lines.getFirst().folded()).hasSize(14);
        assertThat(lines.get(2).folded()).isEmpty();
    }

    @Test
    void theFiltersAreThePeoplesGroupsOfTheKindsOnOffer() {
        var filters = TimelineFilter.available(List.of("activity", "note", "change", "deal", "order", "task", "playbook", "survey"));
        assertThat(filters).extracting(TimelineFilter::key).containsExactly("activity", "note", "deal", "task", "playbook", "change");
        assertThat(filters.get(2).kinds()).containsExactly("deal", "order");
        assertThat(filters.get(2).chosen(List.of("order", "deal"))).isTrue();
        assertThat(filters.get(2).chosen(List.of())).isFalse();
    }
}
