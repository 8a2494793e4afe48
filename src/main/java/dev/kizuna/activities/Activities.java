package dev.kizuna.activities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contacts;
import dev.kizuna.identity.Teams;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities and notes: everyone signed in reads them; members and above log them (as themselves). Only the
 * author, a manager of a team the author is in, or an administrator changes or deletes one; both are audited.
 * Logging publishes {@link ActivityLogged} with the unanswered calls in a row.
 */
@Service
@Transactional
public class Activities {

    static final String AUDIT_TYPE = "activity";
    /** An activity cannot be dated further ahead than this (a clock set wrong on a phone, a typo in the year). */
    static final Duration MAX_AHEAD = Duration.ofHours(1);

    private final ActivityRepository activities;
    private final ActivityOptions options;
    private final ActivityBookkeeping bookkeeping;
    private final Companies companies;
    private final Contacts contacts;
    private final Teams teams;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Activities(ActivityRepository activities, ActivityOptions options, ActivityBookkeeping bookkeeping,
            Companies companies, Contacts contacts, Teams teams, AuditLog audit, ApplicationEventPublisher events,
            java.util.Optional<Clock> clock) {
        this.activities = activities;
        this.options = options;
        this.bookkeeping = bookkeeping;
        this.companies = companies;
        this.contacts = contacts;
        this.teams = teams;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Activity find(UUID id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Newest first, keyset-paged. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Activity> list(ActivityFilter filter, PageQuery page) {
        return page.page(activities.list(filter, page.decodedCursor(2), page.fetchSize()),
                a -> dev.kizuna.platform.api.Cursor.of(a.occurredAt(), a.id()));
    }

    /** The newest activities logged against a deal (the deal page's timeline). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Activity> ofDeal(UUID dealId, int limit) {
        return activities.ofDeal(dealId, limit);
    }

    /** The caller's open follow-ups, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Activity> myFollowUps(int limit) {
        return activities.openFollowUps(CurrentActor.required().actorId(), limit);
    }

    /** The customers the caller logged activities with most recently. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecentCustomer> myRecentCustomers(int limit) {
        return activities.recentCustomers(CurrentActor.required().actorId(), limit);
    }

    /** Calls in a row that did not reach the customer, since the last one that did. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreachedInARow(UUID companyId) {
        return activities.unreachedInARow("company_id", companyId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreachedInARowForContact(UUID contactId) {
        return activities.unreachedInARow("contact_id", contactId);
    }

    /** Logs an activity or a note as the caller; {@code occurredAt} null means now. */
    @PreAuthorize("hasRole('MEMBER')")
    public Activity log(ActivityDraft draft) {
        return insert(draft, CurrentActor.required().actorId());
    }

    /** Also used by sample data, where the author is given. */
    Activity insert(ActivityDraft draft, UUID userId) {
        ActivityDraft clean = verify(draft);
        Instant occurredAt = draft.occurredAt() == null ? clock.instant() : draft.occurredAt();
        UUID id = Ids.newId();
        activities.insert(id, clean, occurredAt, userId);
        Activity logged = find(id);
        bookkeeping.added(logged);
        audit.record("activity.created", AUDIT_TYPE, id, null, logged.audit());
        boolean call = options.find(logged.channelId()).map(ActivityOption::call).orElse(false);
        events.publishEvent(new ActivityLogged(id, logged.companyId(), logged.contactId(), userId, logged.channelId(),
                logged.typeId(), call, logged.outcome(), logged.occurredAt(),
                activities.unreachedInARow("company_id", logged.companyId()),
                activities.unreachedInARow("contact_id", logged.contactId()), logged.dealId()));
        return logged;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Activity update(UUID id, long version, ActivityDraft draft) {
        Activity before = find(id);
        mayChange(before);
        ActivityDraft clean = verify(draft);
        Instant occurredAt = draft.occurredAt() == null ? before.occurredAt() : draft.occurredAt();
        bookkeeping.changing(before);
        if (!activities.update(id, version, clean, occurredAt, CurrentActor.required().actorId())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Activity after = find(id);
        bookkeeping.changed(before, after);
        audit.record("activity.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public void delete(UUID id, long version) {
        Activity before = find(id);
        mayChange(before);
        bookkeeping.changing(before);
        if (!activities.delete(id, version)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        bookkeeping.deleted(before);
        audit.record("activity.deleted", AUDIT_TYPE, id, before.audit(), null);
    }

    /**
     * An activity from another system's history (an import): written by the rep named in the file ({@code authorId},
     * else the caller), with the time it was entered there ({@code loggedAt}, else when it happened) so input
     * timeliness judges it as it was. Counted like any activity, but {@link ActivityLogged} is not published:
     * history starts no playbook and sends no mail.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Activity importHistory(ActivityDraft draft, UUID authorId, Instant loggedAt) {
        Check.of().required("occurredAt", draft.occurredAt()).verify();
        ActivityDraft clean = verify(draft);
        UUID id = Ids.newId();
        activities.insert(id, clean, draft.occurredAt(), authorId == null ? CurrentActor.required().actorId() : authorId);
        Instant now = clock.instant();
        Instant logged = loggedAt == null || loggedAt.isBefore(draft.occurredAt()) ? draft.occurredAt()
                : loggedAt.isAfter(now) ? now : loggedAt;
        activities.setLoggedAt(id, logged);
        Activity imported = find(id);
        bookkeeping.added(imported);
        audit.record("activity.imported", AUDIT_TYPE, id, null, imported.audit());
        return imported;
    }

    /** Deletes activities an import wrote (undoing it); those already gone are passed over. Returns how many went. */
    @PreAuthorize("hasRole('MANAGER')")
    public int deleteImported(java.util.Collection<UUID> ids) {
        int deleted = 0;
        for (UUID id : ids) {
            Activity before = activities.find(id).orElse(null);
            if (before == null) {
                continue;
            }
            bookkeeping.changing(before);
            if (!activities.delete(id, before.version())) {
                throw new StaleVersionException(AUDIT_TYPE, id);
            }
            bookkeeping.deleted(before);
            audit.record("activity.deleted", AUDIT_TYPE, id, before.audit(), null);
            deleted++;
        }
        return deleted;
    }

    /** Marks the follow-up promised in an activity as done. */
    @PreAuthorize("hasRole('MEMBER')")
    public Activity completeFollowUp(UUID id, long version) {
        Activity before = find(id);
        mayChange(before);
        if (!activities.completeFollowUp(id, version, CurrentActor.required().actorId())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Activity after = find(id);
        audit.record("activity.follow-up-done", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /** Whether the caller may change or delete the activity: its author, their manager, or an administrator. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayChange(UUID activityId) {
        return allowed(find(activityId));
    }

    private void mayChange(Activity activity) {
        if (!allowed(activity)) {
            throw new AccessDeniedException("only the author, their manager or an administrator changes an activity");
        }
    }

    private boolean allowed(Activity activity) {
        UUID me = CurrentActor.required().actorId();
        return CurrentActor.hasRole("ADMIN") || activity.userId().equals(me) || teams.manages(me, activity.userId());
    }

    private ActivityDraft verify(ActivityDraft d) {
        String kind = d.kind() == null || d.kind().isBlank() ? Activity.ACTIVITY : d.kind();
        boolean note = Activity.NOTE.equals(kind);
        String details = d.details() == null ? "" : d.details().strip();
        String action = d.followUpAction() == null ? null : d.followUpAction().strip();
        var channel = options.find(d.channelId());
        var type = options.find(d.typeId());
        Check check = Check.of()
                .oneOf("kind", kind, List.of(Activity.ACTIVITY, Activity.NOTE))
                .required("companyId", d.companyId())
                .failIf(d.companyId() != null && companies.findOrNull(d.companyId()) == null, "companyId", "UnknownId")
                .failIf(d.occurredAt() != null && d.occurredAt().isAfter(clock.instant().plus(MAX_AHEAD)), "occurredAt",
                        "NotInFuture")
                .maxLength("details", details, 10_000)
                .maxLength("followUpAction", action, 200)
                .failIf(action != null && !action.isEmpty() && d.followUpOn() == null, "followUpOn", "NotBlank")
                .failIf(d.followUpOn() != null && (action == null || action.isEmpty()), "followUpAction", "NotBlank");
        if (note) {
            check.required("details", details);
        } else {
            check.required("channelId", d.channelId())
                    .failIf(d.channelId() != null && channel.filter(o -> ActivityOption.CHANNEL.equals(o.kind())).isEmpty(),
                            "channelId", "UnknownId")
                    .required("typeId", d.typeId())
                    .failIf(d.typeId() != null && type.filter(o -> ActivityOption.TYPE.equals(o.kind())).isEmpty(),
                            "typeId", "UnknownId")
                    .failIf(channel.map(ActivityOption::call).orElse(false) && d.outcome() == null, "outcome", "NotBlank")
                    .failIf(d.outcome() != null && channel.isPresent() && !channel.get().call(), "outcome", "OnlyForCalls");
        }
        if (d.contactId() != null) {
            var contact = contactOrNull(d.contactId());
            check.failIf(contact == null, "contactId", "UnknownId")
                    .failIf(contact != null && !contact.companyId().equals(d.companyId()), "contactId", "ContactElsewhere");
        }
        check.verify();
        return new ActivityDraft(kind, d.occurredAt(), note ? null : d.channelId(), note ? null : d.typeId(),
                d.companyId(), d.contactId(), d.dealId(), note ? null : d.outcome(), details,
                action == null || action.isEmpty() ? null : action, action == null || action.isEmpty() ? null : d.followUpOn());
    }

    private dev.kizuna.customers.Contact contactOrNull(UUID id) {
        try {
            return contacts.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
