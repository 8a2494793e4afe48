package dev.kizuna.success;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Success meetings (キックオフ, 振り返り, 定例): everyone reads them; members plan, move and cancel them and record a
 * held meeting's minutes and decisions — which logs it on the customer's timeline as an activity and turns its next
 * actions into tasks with owners and due dates, all in one transaction.
 */
@Service
@Transactional
public class Meetings {

    static final String AUDIT_TYPE = "meeting";

    private final MeetingRepository meetings;
    private final MeetingRecordRepository records;
    private final MeetingRules rules;
    private final MeetingHolding holding;
    private final PlanRepository plans;
    private final PlanMeetingDates meetingDates;
    private final SuccessClock clock;
    private final AuditLog audit;

    Meetings(MeetingRepository meetings, MeetingRecordRepository records, MeetingRules rules, MeetingHolding holding,
            PlanRepository plans, PlanMeetingDates meetingDates, SuccessClock clock, AuditLog audit) {
        this.meetings = meetings;
        this.records = records;
        this.rules = rules;
        this.holding = holding;
        this.plans = plans;
        this.meetingDates = meetingDates;
        this.clock = clock;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Meeting find(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingAction> actions(UUID id) {
        find(id);
        return records.actions(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Meeting> ofPlan(UUID planId) {
        return meetings.ofPlan(planId);
    }

    /** Meetings by start time; {@code status} planned, held or cancelled; {@code from}/{@code to} a window. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Meeting> list(UUID companyId, UUID planId, String status, Instant from, Instant to,
            PageQuery page) {
        Check.of().oneOf("status", status, Meeting.STATUSES)
                .failIf(from != null && to != null && to.isBefore(from), "to", "SuccessEndBeforeStart").verify();
        Cursor after = page.decodedCursor(MeetingRecordRepository.ORDER.cursorSize());
        return page.page(records.page(companyId, planId, status, from, to, after, page.fetchSize()),
                m -> Cursor.of(m.startsAt().toString(), m.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Meeting create(MeetingDraft draft) {
        MeetingDraft clean = rules.verify(draft);
        UUID id = Ids.newId();
        UUID planId = plans.ofCompany(clean.companyId()).map(SuccessPlan::id).orElse(null);
        records.insert(id, planId, clean, CurrentActor.idOrNull());
        Meeting created = find(id);
        audit.record("meeting.created", AUDIT_TYPE, id, null, view(created));
        return created;
    }

    /** Changes a planned meeting or cancels it ({@code status} cancelled); moving a proposed review drops its anchor. */
    @PreAuthorize("hasRole('MEMBER')")
    public Meeting update(UUID id, long version, MeetingDraft draft, String status) {
        Meeting before = find(id);
        String next = status == null ? before.status() : status;
        MeetingDraft clean = rules.verify(new MeetingDraft(before.companyId(), draft.kind(), draft.startsAt(),
                draft.agenda(), draft.attendeeUserIds(), draft.attendeeContactIds()));
        Check.of().oneOf("status", next, List.of("planned", "cancelled"))
                .failIf(!"planned".equals(before.status()), "status", "SuccessMeetingClosed").verify();
        boolean keepAnchor = clean.startsAt().equals(before.startsAt());
        if (!records.update(id, version, clean, next, keepAnchor, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Meeting after = find(id);
        audit.record("meeting.updated", AUDIT_TYPE, id, view(before), view(after));
        return after;
    }

    /** Records the held meeting: minutes, decisions and next actions (each becomes a task). */
    @PreAuthorize("hasRole('MEMBER')")
    public Meeting hold(UUID id, long version, String minutes, String decisions, List<MeetingAction> actions) {
        Meeting before = find(id);
        holding.hold(before, version, minutes, decisions, actions);
        if (CadenceDates.ANCHOR.equals(before.anchor()) && before.planId() != null) {
            plans.find(before.planId()).ifPresent(plan -> {
                java.time.LocalDate held = before.startsAt().atZone(SuccessClock.ZONE).toLocalDate();
                java.time.LocalDate today = clock.today();
                meetingDates.proposeRegular(plan.id(), plan.companyId(), plan.meetingCadence(), plan.goLiveOn(),
                        held.isAfter(today) ? held : today, CurrentActor.idOrNull());
            });
        }
        Meeting after = find(id);
        audit.record("meeting.held", AUDIT_TYPE, id, view(before), view(after));
        return after;
    }

    private static Map<String, Object> view(Meeting m) {
        return Map.of("kind", m.kind(), "status", m.status(), "startsAt", m.startsAt().toString());
    }
}
