package dev.kizuna.marketing;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.text.JapaneseText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments (セグメント): saved, dynamic filters over customers that feed campaigns, step sequences and exports.
 * Everyone signed in reads them and their members; members save and change them. The count and the members are
 * computed now, from the customers and their purchase figures as they are.
 */
@Service
@Transactional
public class Segments {

    static final String AUDIT_TYPE = "segment";
    public static final int MAX_CONDITIONS = 20;

    private final SegmentRepository segments;
    private final SegmentQuery query;
    private final AuditLog audit;
    private final Subscriptions clock;

    Segments(SegmentRepository segments, SegmentQuery query, AuditLog audit, Subscriptions clock) {
        this.segments = segments;
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    /** The built-in fields a condition may name; custom fields are {@code customFields.<key>}. */
    public List<String> fields() {
        return SegmentFields.names();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Segment find(UUID id) {
        return segments.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** By name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Segment> list(PageQuery page) {
        return page.page(segments.list(page.decodedCursor(2), page.fetchSize()), s -> Cursor.of(s.name(), s.id()));
    }

    /** The orders a segment list may be in: by name, or the latest changed first. */
    public static final List<String> SORTS = List.of("name", "updated");

    /** Segments whose name holds {@code text} (NFKC, any case; blank: all), by name or the latest changed first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Segment> list(String text, String sort, PageQuery page) {
        String s = sort == null || sort.isBlank() ? "name" : sort.strip();
        Check.of().oneOf("sort", s, SORTS).verify();
        String t = text == null || text.isBlank() ? null : JapaneseText.normalize(text);
        if (s.equals("updated")) {
            return page.page(segments.list(t, SegmentRepository.BY_UPDATED, page.decodedCursor(2),
                    page.fetchSize()), g -> Cursor.of(g.updatedAt().toString(), g.id()));
        }
        return page.page(segments.list(t, SegmentRepository.BY_NAME, page.decodedCursor(2), page.fetchSize()),
                g -> Cursor.of(g.name(), g.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Segment create(SegmentDraft draft) {
        SegmentDraft clean = checked(draft);
        UUID id = Ids.newId();
        segments.insert(id, clean, CurrentActor.idOrNull());
        Segment created = find(id);
        audit.record("segment.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Segment change(UUID id, long version, SegmentDraft draft) {
        Segment before = find(id);
        SegmentDraft clean = checked(new SegmentDraft(draft.name() == null ? before.name() : draft.name(),
                draft.description() == null ? before.description() : draft.description(),
                draft.conditions() == null ? before.conditions() : draft.conditions()));
        if (!segments.update(id, version, clean, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Segment after = find(id);
        audit.record("segment.changed", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** A segment a campaign or a sequence uses cannot be deleted (409). */
    @PreAuthorize("hasRole('MEMBER')")
    public void delete(UUID id) {
        Segment before = find(id);
        if (segments.inUse(id)) {
            throw new RecordInUseException(List.of(FieldProblem.of("segment", "MarketingSegmentInUse")));
        }
        segments.delete(id);
        audit.record("segment.deleted", AUDIT_TYPE, id, before, null);
    }

    /** How many customers meet the conditions now (the editor counts unsaved conditions as they change). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(List<SegmentCondition> conditions) {
        SegmentQuery.Where w = query.where(limited(conditions), clock.today());
        return segments.count(w.sql(), w.args());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(UUID id) {
        return count(find(id).conditions());
    }

    /**
     * How many of the segment's customers would get an e-mail now: those who accept e-mail and have an address (a
     * campaign queues exactly these).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long reachable(UUID id) {
        return reachable(find(id).conditions());
    }

    /** {@link #reachable(UUID)} for conditions not saved yet (the editor). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long reachable(List<SegmentCondition> conditions) {
        SegmentQuery.Where w = query.where(limited(conditions), clock.today());
        return segments.countReachable(w.sql(), w.args());
    }

    /** The members in furigana order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<SegmentMember> members(UUID id, PageQuery page) {
        return members(find(id).conditions(), page);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<SegmentMember> members(List<SegmentCondition> conditions, PageQuery page) {
        SegmentQuery.Where w = query.where(limited(conditions), clock.today());
        return page.page(segments.members(w.sql(), w.args(), page.decodedCursor(2), page.fetchSize()),
                m -> Cursor.of(m.nameKana(), m.companyId()));
    }

    /** Whether the customer meets the segment's conditions now. */
    @Transactional(readOnly = true)
    public boolean contains(UUID segmentId, UUID companyId) {
        Segment s = segments.find(segmentId).orElse(null);
        if (s == null) {
            return false;
        }
        SegmentQuery.Where w = query.where(s.conditions(), clock.today());
        return segments.contains(companyId, w.sql(), w.args());
    }

    /** The segment's conditions as SQL after {@link SegmentRepository#FROM} (campaign queueing reads it). */
    SegmentQuery.Where where(UUID segmentId) {
        return query.where(find(segmentId).conditions(), clock.today());
    }

    private static List<SegmentCondition> limited(List<SegmentCondition> conditions) {
        List<SegmentCondition> list = conditions == null ? List.of() : conditions;
        Check.of().failIf(list.size() > MAX_CONDITIONS, "conditions", "Range", 0, MAX_CONDITIONS).verify();
        return list;
    }

    private SegmentDraft checked(SegmentDraft d) {
        String name = d.name() == null ? "" : d.name().strip();
        String description = d.description() == null ? "" : d.description().strip();
        List<SegmentCondition> conditions = d.conditions() == null ? List.of() : List.copyOf(d.conditions());
        Check c = Check.of().required("name", name).maxLength("name", name, 120).maxLength("description", description,
                1000).failIf(conditions.size() > MAX_CONDITIONS, "conditions", "Range", 0, MAX_CONDITIONS);
        query.check(conditions, c);
        c.verify();
        return new SegmentDraft(name, description, conditions);
    }
}
