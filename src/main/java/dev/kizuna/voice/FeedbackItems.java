package dev.kizuna.voice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.api.Cursor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback items (お客様の声): everyone reads them; members log them (the customer who said it votes at once), add
 * customers' votes, change their status and merge duplicates. Closing an item (対応済 / 見送り) gives each asking
 * customer's owner a task to tell them ({@link LoopClosing}).
 */
@Service
@Transactional
public class FeedbackItems {

    static final String AUDIT_TYPE = "feedback";
    public static final int MAX_BODY = 4000;

    private final FeedbackRepository items;
    private final Companies companies;
    private final Contacts contacts;
    private final CustomerRevenue revenue;
    private final LoopClosing loop;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    FeedbackItems(FeedbackRepository items, Companies companies, Contacts contacts, CustomerRevenue revenue,
            LoopClosing loop, AuditLog audit, ApplicationEventPublisher events) {
        this.items = items;
        this.companies = companies;
        this.contacts = contacts;
        this.revenue = revenue;
        this.loop = loop;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Feedback find(UUID id) {
        return items.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Feedback> list(FeedbackFilter filter, PageQuery page) {
        filter.verify();
        String sort = filter.sortOrDefault();
        var rows = items.list(filter, page.decodedCursor(FeedbackRepository.order(sort).cursorSize()), page.fetchSize());
        return page.page(rows, f -> switch (sort) {
            case "revenue" -> Cursor.of(f.revenueAtStake(), f.id());
            case "created" -> Cursor.of(f.createdAt(), f.id());
            case "health" -> Cursor.of(f.votesAtRisk(), f.voteCount(), f.id());
            default -> Cursor.of(f.voteCount(), f.id());
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FeedbackVote> votes(UUID id) {
        find(id);
        return items.votes(id);
    }

    /** Items a customer asked for (voted), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Feedback> ofCompany(UUID companyId, int limit) {
        return items.votedBy(companyId, limit);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Feedback log(FeedbackDraft draft) {
        FeedbackDraft clean = verify(draft);
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        items.insert(id, clean, actor);
        if (clean.companyId() != null) {
            items.addVote(id, clean.companyId(), clean.contactId(), revenue.yearly(clean.companyId()), actor);
            items.recount(id);
        }
        Feedback created = find(id);
        audit.record("feedback.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Adds a customer's vote (one per customer); the contact is who asked, when known. */
    @PreAuthorize("hasRole('MEMBER')")
    public Feedback vote(UUID id, UUID companyId, UUID contactId) {
        Feedback item = items.findForUpdate(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        checkCustomer(Check.of().required("companyId", companyId), companyId, contactId)
                .failIf(item.merged(), "status", "VoiceMerged").verify();
        if (!items.addVote(id, companyId, contactId, revenue.yearly(companyId), CurrentActor.idOrNull())) {
            throw new RuleViolationException(FieldProblem.of("companyId", "VoiceAlreadyVoted"));
        }
        items.recount(id);
        Feedback after = find(id);
        audit.record("feedback.voted", AUDIT_TYPE, id, null, Map.of("companyId", companyId));
        return after;
    }

    /** Changes kind, text, area or status; 対応済 and 見送り close the loop, 見送り needs its reason. */
    @PreAuthorize("hasRole('MEMBER')")
    public Feedback update(UUID id, long version, String kind, String body, String productArea, String status,
            String reason) {
        Feedback before = find(id);
        String k = kind == null ? before.kind() : kind;
        String b = body == null ? before.body() : body.strip();
        String area = productArea == null ? before.productArea() : productArea.strip();
        String s = status == null ? before.status() : status;
        String why = reason == null ? before.statusReason() : reason.strip();
        Check.of().failIf(before.merged(), "status", "VoiceMerged")
                .oneOf("kind", k, Feedback.KINDS).required("body", b).maxLength("body", b, MAX_BODY)
                .maxLength("productArea", area, 100).oneOf("status", s, Feedback.STATUSES)
                .required("status", s)
                .failIf("declined".equals(s) && why.isBlank(), "statusReason", "VoiceReasonRequired")
                .maxLength("statusReason", why, 2000).verify();
        boolean closing = Feedback.CLOSED.contains(s) && !before.closed();
        if (!items.update(id, version, k, b, area, s, why, closing, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Feedback after = find(id);
        audit.record("feedback.updated", AUDIT_TYPE, id, before, after);
        if (closing) {
            List<FeedbackVote> votes = items.votes(id);
            loop.tellOwners(after, votes);
            events.publishEvent(new FeedbackClosed(id, s, why, votes.stream().map(FeedbackVote::companyId).toList()));
        }
        return after;
    }

    /** Merges {@code mergeId} into {@code id}: its votes move (a customer who voted for both keeps one vote). */
    @PreAuthorize("hasRole('MEMBER')")
    public Feedback merge(UUID id, UUID mergeId) {
        Check.of().required("mergeId", mergeId).failIf(id.equals(mergeId), "mergeId", "VoiceMergeSelf").verify();
        Feedback keep = items.findForUpdate(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        Feedback gone = items.findForUpdate(mergeId).orElse(null);
        Check.of().failIf(gone == null, "mergeId", "UnknownId")
                .failIf(gone != null && gone.merged(), "mergeId", "VoiceMerged")
                .failIf(keep.merged(), "status", "VoiceMerged").verify();
        UUID actor = CurrentActor.idOrNull();
        items.moveVotes(mergeId, id, actor);
        items.markMerged(mergeId, id, actor);
        items.recount(id);
        items.recount(mergeId);
        Feedback after = find(id);
        audit.record("feedback.merged", AUDIT_TYPE, id, Map.of("merged", mergeId), Map.of("votes", after.voteCount()));
        return after;
    }

    private FeedbackDraft verify(FeedbackDraft d) {
        String body = d.body() == null ? null : d.body().strip();
        String area = d.productArea() == null ? "" : d.productArea().strip();
        String source = d.source() == null || d.source().isBlank() ? "call" : d.source();
        Check check = Check.of().required("kind", d.kind()).oneOf("kind", d.kind(), Feedback.KINDS)
                .required("body", body).maxLength("body", body, MAX_BODY)
                .oneOf("source", source, Feedback.SOURCES).maxLength("productArea", area, 100);
        checkCustomer(check, d.companyId(), d.contactId()).verify();
        return new FeedbackDraft(d.kind(), body, source, area, d.companyId(), d.contactId(), d.activityId());
    }

    private Check checkCustomer(Check check, UUID companyId, UUID contactId) {
        boolean knownCompany = companyId != null && companies.findOrNull(companyId) != null;
        Contact contact = null;
        if (contactId != null) {
            try {
                contact = contacts.find(contactId);
            } catch (NotFoundException e) {
                contact = null;
            }
        }
        return check.failIf(companyId != null && !knownCompany, "companyId", "UnknownId")
                .failIf(contactId != null && contact == null, "contactId", "UnknownId")
                .failIf(contactId != null && companyId == null, "companyId", "NotBlank")
                .failIf(contact != null && !contact.companyId().equals(companyId), "contactId", "VoiceContactElsewhere");
    }
}
