package dev.kizuna.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.notifications.Notifications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching view and coaches' notes on deals (seed 004: the best rep reviews every deal each day). A coach (a
 * manager, or a holder of the coaching role) leaves a comment or a next-step suggestion on a deal; its owner is told
 * (the bell) and acknowledges it — accepting a suggestion copies its next step and date onto the deal, with the
 * deal's version, so a stale deal is refused (409) instead of overwritten. Everything is audited.
 */
@Service
@Transactional
public class CoachingNotes {

    static final String AUDIT_TYPE = "deal_coaching_note";
    public static final int BODY_MAX = 2000;
    /** The most deals one coaching day shows. */
    public static final int DAY_LIMIT = 500;

    private final CoachingNoteRepository notes;
    private final Deals deals;
    private final DealRepository dealRows;
    private final StallRule stallRule;
    private final Coaching coaching;
    private final Notifications notifications;
    private final BusinessCalendar calendar;
    private final AuditLog audit;

    CoachingNotes(CoachingNoteRepository notes, Deals deals, DealRepository dealRows, StallRule stallRule, Coaching coaching,
            Notifications notifications, BusinessCalendar calendar, AuditLog audit) {
        this.notes = notes;
        this.deals = deals;
        this.dealRows = dealRows;
        this.stallRule = stallRule;
        this.coaching = coaching;
        this.notifications = notifications;
        this.calendar = calendar;
        this.audit = audit;
    }

    public record Note(UUID id, UUID dealId, String kind, String body, String nextStep, LocalDate nextStepOn,
            UUID authorId, String authorName, Instant createdAt, Instant acknowledgedAt, String acknowledgedByName,
            boolean accepted, long version) {

        public boolean open() {
            return acknowledgedAt == null;
        }
    }

    /** Why a deal is in the coaching view: it moved, became stalled, or was lost in the period. */
    public record Reviewed(Deal deal, String why, long openNotes) {
    }

    /** One rep's deals of the coaching day. */
    public record RepDeals(UUID ownerId, String ownerName, List<Reviewed> deals) {
    }

    /** {@code more}: there were more than {@link #DAY_LIMIT} deals; the first ones by owner are shown. */
    public record Day(LocalDate day, LocalDate from, LocalDate to, List<RepDeals> reps, boolean more) {

        public int count() {
            return reps.stream().mapToInt(r -> r.deals().size()).sum();
        }
    }

    /**
     * The deals to review on {@code day}: those that moved, became stalled or were lost since the last business day
     * before it (on a Monday: Friday, Saturday and Sunday), grouped by owner in name order.
     */
    @PreAuthorize("@coaching.isCoach()")
    @Transactional(readOnly = true)
    public Day day(LocalDate day) {
        LocalDate from = calendar.isBusinessDay(day) ? calendar.previousBusinessDay(day) : day.minusDays(1);
        Instant start = from.atStartOfDay(Forecast.ZONE).toInstant();
        Instant end = day.atStartOfDay(Forecast.ZONE).toInstant();
        StallRule.AsOf asOf = stallRule.now();
        List<Deal> fetched = dealRows.reviewed(start, end, asOf, DAY_LIMIT + 1);
        boolean more = fetched.size() > DAY_LIMIT;
        List<Deal> rows = more ? fetched.subList(0, DAY_LIMIT) : fetched;
        Map<UUID, Long> open = notes.openPerDeal(rows.stream().map(Deal::id).toList());
        Map<UUID, RepDeals> byOwner = new LinkedHashMap<>();
        for (Deal d : rows) {
            String why = d.status() == StageKind.LOST && d.closedAt() != null && !d.closedAt().isBefore(start)
                    ? "lost" : d.stalled() != null ? "stalled" : "moved";
            byOwner.computeIfAbsent(d.ownerId(), k -> new RepDeals(d.ownerId(), d.ownerName(), new ArrayList<>()))
                    .deals().add(new Reviewed(d, why, open.getOrDefault(d.id(), 0L)));
        }
        return new Day(day, from, day.minusDays(1), List.copyOf(byOwner.values()), more);
    }

    /** A deal's notes, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Note> of(UUID dealId) {
        deals.find(dealId);
        return notes.ofDeal(dealId);
    }

    /** A coach's comment ({@code kind} comment) or next-step suggestion ({@code suggestion}) on a deal. */
    @PreAuthorize("@coaching.isCoach()")
    public Note add(UUID dealId, String kind, String body, String nextStep, LocalDate nextStepOn) {
        Deal deal = deals.find(dealId);
        String text = body == null ? "" : body.strip();
        String step = nextStep == null ? "" : nextStep.strip();
        Check.of()
                .failIf(!"comment".equals(kind) && !"suggestion".equals(kind), "kind", "OneOf", "comment, suggestion")
                .failIf(text.isEmpty(), "body", "NotBlank")
                .failIf(text.length() > BODY_MAX, "body", "Size", BODY_MAX)
                .failIf("suggestion".equals(kind) && step.isEmpty(), "nextStep", "NotBlank")
                .failIf(step.length() > 500, "nextStep", "Size", 500)
                .verify();
        UUID id = Ids.newId();
        boolean suggestion = "suggestion".equals(kind);
        notes.insert(id, dealId, kind, text, suggestion ? step : "", suggestion ? nextStepOn : null,
                CurrentActor.required().actorId());
        Note note = find(id);
        audit.record("deal_coaching_note.created", AUDIT_TYPE, id, null, note);
        if (deal.ownerId() != null && !deal.ownerId().equals(CurrentActor.idOrNull())) {
            notifications.tell(deal.ownerId(), "coaching", "sales.notification.coaching",
                    note.authorName() + "：" + deal.name(), "/deals/" + dealId + "#coaching");
        }
        return note;
    }

    /**
     * The owner (or a manager) acknowledges a note, with the note's version. {@code accept} on a suggestion also sets
     * the deal's next step and its date, with {@code dealVersion}: a stale one is 409 and nothing is written.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Note acknowledge(UUID noteId, long version, boolean accept, Long dealVersion) {
        Note before = find(noteId);
        Deal deal = deals.find(before.dealId());
        UUID actor = CurrentActor.required().actorId();
        if (!actor.equals(deal.ownerId()) && !CurrentActor.hasRole("MANAGER")) {
            throw new AccessDeniedException("only the deal's owner or a manager acknowledges coaching notes");
        }
        boolean accepting = accept && "suggestion".equals(before.kind());
        Check.of().failIf(accepting && dealVersion == null, "dealVersion", "NotNull").verify();
        if (!notes.acknowledge(noteId, version, actor, accepting)) {
            throw new StaleVersionException(AUDIT_TYPE, noteId);
        }
        if (accepting) {
            DealDraft draft = DealDraft.of(deal);
            deals.update(deal.id(), dealVersion, new DealDraft(draft.name(), draft.companyId(), draft.contactId(),
                    draft.pipelineId(), draft.stageId(), draft.amount(), draft.expectedCloseOn(), draft.ownerId(),
                    draft.leadSource(), draft.budget(), draft.challenges(), before.nextStep(), before.nextStepOn(),
                    draft.lostReasonId(), draft.lostNote(), draft.customFields()));
        }
        Note after = find(noteId);
        audit.record(accepting ? "deal_coaching_note.accepted" : "deal_coaching_note.acknowledged", AUDIT_TYPE,
                noteId, before, after);
        return after;
    }

    /** Whether the person signed in may write notes (for pages). */
    @Transactional(readOnly = true)
    public boolean canWrite() {
        return coaching.isCoach();
    }

    private Note find(UUID id) {
        return notes.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }
}
