package dev.kizuna.activities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's (or contact's) one timeline: every {@link TimelineSource}'s entries merged newest first, filterable
 * by kind, keyset-paged on (time, id). Each source is asked for one page at most, so a page costs one indexed query
 * per source.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .thenComparing(TimelineEntry::id).reversed();

    private final List<TimelineSource> sources;

    Timeline(List<TimelineSource> sources) {
        this.sources = sources;
    }

    /** Every kind the timeline can show. */
    public List<String> kinds() {
        return sources.stream().flatMap(s -> s.kinds().stream()).distinct().toList();
    }

    @PreAuthorize("isAuthenticated()")
    public CursorPage<TimelineEntry> of(UUID companyId, UUID contactId, List<String> kinds, PageQuery page) {
        List<String> wanted = kinds == null || kinds.isEmpty() ? kinds() : kinds;
        List<String> unknown = wanted.stream().filter(k -> !kinds().contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("filter[kind]", "OneOf", String.join(", ", kinds())));
        }
        Cursor after = page.decodedCursor(2);
        Instant before = after == null ? null : after.instant(0);
        UUID beforeId = after == null ? null : after.uuid(1);
        List<TimelineEntry> merged = new ArrayList<>();
        for (TimelineSource source : sources) {
            List<String> theirs = source.kinds().stream().filter(wanted::contains).toList();
            if (!theirs.isEmpty()) {
                merged.addAll(source.entries(companyId, contactId, theirs, before, beforeId, page.fetchSize()));
            }
        }
        merged.sort(NEWEST_FIRST);
        return page.page(merged.size() > page.fetchSize() ? merged.subList(0, page.fetchSize()) : merged,
                e -> Cursor.of(e.at(), e.id()));
    }
}
