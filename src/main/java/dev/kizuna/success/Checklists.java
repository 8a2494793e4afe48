package dev.kizuna.success;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's onboarding checklist (オンボーディングチェックリスト): everyone reads it with its progress; members tick items
 * done or not done (who and when is kept) and change an item's owner, due day (days from go-live) and notes.
 */
@Service
@Transactional
public class Checklists {

    static final String AUDIT_TYPE = "successPlanItem";

    private final PlanItemRepository items;
    private final SuccessPlans plans;
    private final PlanPlaybooks playbooks;
    private final Users users;
    private final AuditLog audit;

    Checklists(PlanItemRepository items, SuccessPlans plans, PlanPlaybooks playbooks, Users users, AuditLog audit) {
        this.playbooks = playbooks;
        this.items = items;
        this.plans = plans;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanItem> of(UUID planId) {
        plans.find(planId);
        return items.ofPlan(planId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ChecklistProgress progress(UUID planId) {
        return ChecklistProgress.of(of(planId), plans.today());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanItem item(UUID planId, UUID itemId) {
        return items.find(itemId).filter(i -> i.planId().equals(planId))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, itemId));
    }

    /** Ticks the item done (or not done again). */
    @PreAuthorize("hasRole('MEMBER')")
    public PlanItem tick(UUID planId, UUID itemId, long version, boolean done) {
        PlanItem before = item(planId, itemId);
        if (!items.tick(itemId, version, done, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, itemId);
        }
        PlanItem after = item(planId, itemId);
        if (before.done() != done) {
            playbooks.ticked(after, done);
        }
        audit.record(done ? "successPlanItem.done" : "successPlanItem.reopened", AUDIT_TYPE, itemId,
                Map.of("done", before.done()), Map.of("done", after.done(), "title", after.title()));
        return after;
    }

    /** Changes the item's owner, due day (days from go-live, -730 to 730) and notes; null keeps a value. */
    @PreAuthorize("hasRole('MEMBER')")
    public PlanItem update(UUID planId, UUID itemId, long version, UUID ownerUserId, Integer dueOffsetDays,
            String notes) {
        PlanItem before = item(planId, itemId);
        int due = dueOffsetDays == null ? before.dueOffsetDays() : dueOffsetDays;
        String cleanNotes = notes == null ? before.notes() : notes.strip();
        UUID owner = ownerUserId == null ? before.ownerUserId() : ownerUserId;
        Check.of()
                .failIf(due < -730 || due > 730, "dueOffsetDays", "Range", -730, 730)
                .maxLength("notes", cleanNotes, 2000)
                .failIf(ownerUserId != null && !users.exists(ownerUserId), "ownerUserId", "UnknownUser")
                .verify();
        if (!items.update(itemId, version, owner, due, cleanNotes, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, itemId);
        }
        PlanItem after = item(planId, itemId);
        if (after.dueOffsetDays() != before.dueOffsetDays()) {
            playbooks.dueMoved(after);
        }
        audit.record("successPlanItem.updated", AUDIT_TYPE, itemId, view(before), view(after));
        return after;
    }

    private static Map<String, Object> view(PlanItem i) {
        return Map.of("ownerUserId", String.valueOf(i.ownerUserId()), "dueOn", i.dueOn(), "notes", i.notes());
    }
}
