package dev.kizuna.marketing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Print lists for postcards and DM (バースデーDM・ハガキDM): the month's birthdays, or a segment's customers, with a
 * postal address, leaving out those who refused postal mail. Everyone signed in may take one, as with exports; each
 * one taken is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class PrintLists {

    /** The most one list holds. */
    public static final int MAX = 100_000;

    private final PrintListRepository rows;
    private final SegmentQuery query;
    private final Segments segments;
    private final Subscriptions clock;
    private final AuditLog audit;

    PrintLists(PrintListRepository rows, SegmentQuery query, Segments segments, Subscriptions clock, AuditLog audit) {
        this.rows = rows;
        this.query = query;
        this.segments = segments;
        this.clock = clock;
        this.audit = audit;
    }

    /** This month in Tokyo (1–12), the birthday list's default. */
    public int thisMonth() {
        return clock.today().getMonthValue();
    }

    /** How many a list would hold: the month's birthdays ({@code segmentId} null) or the segment's customers. */
    @PreAuthorize("isAuthenticated()")
    public long count(Integer birthdayMonth, UUID segmentId) {
        SegmentQuery.Where w = where(birthdayMonth, segmentId);
        return rows.count(w.sql(), w.args());
    }

    /** The list, in postal-code order; audited as taken. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<PrintAddress> take(Integer birthdayMonth, UUID segmentId) {
        SegmentQuery.Where w = where(birthdayMonth, segmentId);
        List<PrintAddress> list = rows.rows(w.sql(), w.args(), MAX);
        audit.record("printList.taken", "printList", segmentId, null, Map.of("birthdayMonth",
                birthdayMonth == null ? "" : birthdayMonth, "rows", list.size()));
        return list;
    }

    private SegmentQuery.Where where(Integer birthdayMonth, UUID segmentId) {
        if (segmentId != null) {
            return query.where(segments.find(segmentId).conditions(), clock.today());
        }
        Check.of().failIf(birthdayMonth == null || birthdayMonth < 1 || birthdayMonth > 12, "birthdayMonth", "Range",
                1, 12).verify();
        return query.where(List.of(new SegmentCondition("birthdayMonth", "eq", birthdayMonth)), clock.today());
    }
}
