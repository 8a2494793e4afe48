package dev.kizuna.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.CustomFields;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals (商談): everyone signed in reads them; members and above create, change and move them. Every move is
 * recorded in {@code deal_stage_change} with its time (time in stage, conversion), audited, and published as
 * {@link DealStageChanged} — plus {@link DealWon} or {@link DealLost} when it wins or loses. Changes carry the
 * version read: a stale one is refused ({@link StaleVersionException}, 409), so two people moving the same deal
 * never overwrite each other. A lost stage needs a lost reason.
 */
@Service
@Transactional
public class Deals {

    static final String AUDIT_TYPE = "deal";

    private final DealRepository deals;
    private final StageChangeRepository changes;
    private final DealCheck dealCheck;
    private final Pipelines pipelines;
    private final CustomFields customFields;
    private final StallRule stallRule;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deals(DealRepository deals, StageChangeRepository changes, DealCheck dealCheck, Pipelines pipelines,
            CustomFields customFields, StallRule stallRule, AuditLog audit, ApplicationEventPublisher events,
            java.util.Optional<Clock> clock) {
        this.deals = deals;
        this.changes = changes;
        this.dealCheck = dealCheck;
        this.pipelines = pipelines;
        this.customFields = customFields;
        this.stallRule = stallRule;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Deal find(UUID id) {
        return deals.find(id, stallRule.now()).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Keyset-paged, in the filter's order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Deal> list(DealFilter filter, PageQuery page) {
        StallRule.AsOf asOf = stallRule.now();
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        DealQuery.appendWhere(filter, where, args, asOf, customFields);
        var order = DealQuery.order(filter, customFields);
        var rows = deals.list(where, args, order, page.decodedCursor(order.cursorSize()), page.fetchSize(), asOf);
        return page.page(rows, r -> Cursor.of(r.sortValue(), r.deal().id())).map(DealRepository.Row::deal);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(DealFilter filter) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        DealQuery.appendWhere(filter, where, args, stallRule.now(), customFields);
        return deals.count(where, args);
    }

    /** A customer's deals, newest first (the customer page's panel). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Deal> ofCompany(UUID companyId, int limit) {
        return deals.ofCompany(companyId, limit, stallRule.now());
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Deal create(DealDraft draft) {
        return insert(draft, CurrentActor.required().actorId());
    }

    /**
     * A deal made by another module's automation (e.g. the success module's upsell deal when a customer's health
     * score enters 拡大候補), owned by the draft's owner; works when nobody is signed in (a job, a listener).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Deal createFor(DealDraft draft) {
        return insert(draft, CurrentActor.idOrNull());
    }

    /** Also used by sample data and lead intake, with the owner given. */
    Deal insert(DealDraft draft, UUID defaultOwner) {
        return insert(draft, defaultOwner, null, true);
    }

    /**
     * A deal from another system's history (an import), in any stage: won and lost ones closed at {@code closedAt}
     * (null: now), so reports put them in the month they closed. No event is published: an imported won deal makes
     * no order and starts no playbook.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Deal importHistory(DealDraft draft, Instant closedAt) {
        return insert(draft, CurrentActor.required().actorId(), closedAt, false);
    }

    /** Deletes deals an import wrote (undoing it), with their stage history; returns how many went. */
    @PreAuthorize("hasRole('MANAGER')")
    public int deleteImported(java.util.Collection<UUID> ids) {
        int deleted = 0;
        for (UUID id : ids) {
            Deal before = deals.find(id, stallRule.now()).orElse(null);
            if (before != null && deals.delete(id)) {
                audit.record("deal.deleted", AUDIT_TYPE, id, before.audit(), null);
                deleted++;
            }
        }
        return deleted;
    }

    private Deal insert(DealDraft draft, UUID defaultOwner, Instant closedAt, boolean publish) {
        Pipeline pipeline = draft.pipelineId() != null ? dealCheck.pipelineOrNull(draft.pipelineId())
                : pipelines.list(false).stream().findFirst().orElse(null);
        Stage stage = pipeline == null ? null
                : draft.stageId() == null ? pipeline.firstStage().orElse(null)
                : pipeline.stage(draft.stageId()).filter(s -> !s.retired()).orElse(null);
        DealDraft withOwner = draft.ownerId() == null ? draft.withOwner(defaultOwner) : draft;
        Check check = Check.of()
                .failIf(draft.pipelineId() != null && pipeline == null, "pipelineId", "UnknownId")
                // no pipelineId and no pipeline in use to default to: name the field instead of failing on a null stage
                .failIf(draft.pipelineId() == null && pipeline == null, "pipelineId", "NotBlank")
                .failIf(pipeline != null && pipeline.retired(), "pipelineId", "RetiredPipeline")
                .failIf(pipeline != null && stage == null, "stageId", "UnknownId");
        DealCheck.Clean clean = dealCheck.verify(withOwner, null, stage, check);
        UUID id = Ids.newId();
        Instant enteredAt = StageMove.enteredOnImport(stage, closedAt, clock.instant());
        deals.insert(id, clean.draft(), stage, clean.custom(), enteredAt, CurrentActor.idOrNull());
        changes.recordStageChange(Ids.newId(), id, stage.pipelineId(), null, stage.id(), false, null, enteredAt,
                CurrentActor.idOrNull());
        Deal created = find(id);
        audit.record(publish ? "deal.created" : "deal.imported", AUDIT_TYPE, id, null, created.audit());
        if (publish) {
            events.publishEvent(new DealStageChanged(id, created.companyId(), created.ownerId(), stage.pipelineId(),
                    null, stage.id(), false, enteredAt));
            publishOutcome(created, StageMove.created(stage, enteredAt));
        }
        return created;
    }

    /** Changes everything but the pipeline and stage (see {@link #move}). */
    @PreAuthorize("hasRole('MEMBER')")
    public Deal update(UUID id, long version, DealDraft draft) {
        Deal before = find(id);
        Stage stage = pipelines.stage(before.stageId());
        DealCheck.Clean clean = dealCheck.verify(draft, before, stage, Check.of());
        if (!deals.update(id, version, clean.draft(), clean.custom(), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Deal after = find(id);
        audit.record("deal.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /**
     * Moves the deal to another stage of its pipeline, if nobody changed it since {@code version}. Reaching a lost
     * stage needs {@code lostReasonId}; leaving one clears it.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Deal move(UUID id, long version, UUID stageId, UUID lostReasonId, String lostNote) {
        Deal before = find(id);
        Pipeline pipeline = pipelines.find(before.pipelineId());
        Stage from = pipeline.stage(before.stageId()).orElseThrow();
        Stage to = stageId == null ? null : pipeline.stage(stageId).filter(s -> !s.retired()).orElse(null);
        StageMove move = to == null ? null : StageMove.of(before, from, to, clock.instant());
        LostReason reason = lostReasonId == null ? null : pipelines.lostReasons(true).stream()
                .filter(r -> r.id().equals(lostReasonId)).findFirst().orElse(null);
        String note = SalesText.paragraph(lostNote);
        Check.of()
                .required("stageId", stageId)
                .failIf(stageId != null && to == null, "stageId", "StageOfPipeline")
                .failIf(move != null && move.missesLostReason(lostReasonId), "lostReasonId", "LostReasonRequired")
                .failIf(lostReasonId != null && (reason == null || (reason.retired()
                        && !lostReasonId.equals(before.lostReasonId()))), "lostReasonId", "UnknownId")
                .maxLength("lostNote", note, 2000)
                .verify();
        if (move.staysPut()) {
            // Already there: no stage change is recorded, but the write is accepted like any other (the version
            // moves on), so of two moves sent with one version exactly one succeeds.
            if (!deals.confirm(id, version, CurrentActor.idOrNull())) {
                throw new StaleVersionException(AUDIT_TYPE, id);
            }
            return find(id);
        }
        UUID actor = CurrentActor.idOrNull();
        if (!deals.move(id, version, move, lostReasonId, note, actor)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        changes.recordStageChange(Ids.newId(), id, pipeline.id(), from.id(), to.id(), move.forward(),
                move.secondsInStage(), move.at(), actor);
        Deal after = find(id);
        audit.record("deal.moved", AUDIT_TYPE, id, before.audit(), after.audit());
        events.publishEvent(new DealStageChanged(id, after.companyId(), after.ownerId(), pipeline.id(), from.id(),
                to.id(), move.forward(), move.at()));
        publishOutcome(after, move);
        return after;
    }

    /**
     * The deal's order reached a milestone (delivered, fully paid): a won deal moves on to the stage of its pipeline
     * that is reached on it ({@link Stage#reachedOn()}) — recorded, audited and published like a move by hand —
     * unless it is there or past it already. Its row is locked first, so a person editing the deal at that moment
     * gets a 409 rather than the order's payment failing. Returns the deal as it is now, moved or not.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Deal reach(UUID dealId, OrderMilestone milestone) {
        deals.lock(dealId);
        Deal deal = find(dealId);
        Pipeline pipeline = pipelines.find(deal.pipelineId());
        return StageMove.reachedOn(pipeline, pipeline.stage(deal.stageId()).orElseThrow(), milestone)
                .map(to -> move(dealId, deal.version(), to.id(), null, null))
                .orElse(deal);
    }

    /**
     * The customer accepted a quote of the deal: its amount becomes the quote's subtotal (yen, tax excluded), audited.
     * Locked first like {@link #reach}, so a person editing the deal at that moment gets a 409.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Deal agreeAmount(UUID dealId, long amount) {
        deals.lock(dealId);
        Deal before = find(dealId);
        if (before.amount() == amount) {
            return before;
        }
        deals.setAmount(dealId, amount, CurrentActor.idOrNull());
        Deal after = find(dealId);
        audit.record("deal.amount-agreed", AUDIT_TYPE, dealId, before.audit(), after.audit());
        return after;
    }

    /** An activity was logged against the deal (see {@link DealActivity}). */
    void touched(UUID dealId, Instant occurredAt) {
        deals.touch(dealId, occurredAt);
    }

    /** A deal's stage changes, newest first, for its page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StageChange> history(UUID dealId) {
        return changes.changesOf(dealId, 200).stream().map(StageChange::of).toList();
    }

    private void publishOutcome(Deal deal, StageMove move) {
        if (move.wins()) {
            events.publishEvent(new DealWon(deal.id(), deal.companyId(), deal.contactId(), deal.ownerId(),
                    deal.amount(), move.at()));
        }
        if (move.loses()) {
            events.publishEvent(new DealLost(deal.id(), deal.companyId(), deal.ownerId(), deal.amount(),
                    deal.lostReasonId(), move.at()));
        }
    }
}
