package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step sequences (ステップメール): everyone signed in reads them and who is going through them; members create and
 * change them. A trigger starts a customer on every active sequence of that trigger whose segment (if any) they are
 * in; {@link SequenceRunner} queues each step's mail on its day.
 */
@Service
@Transactional
public class StepSequences {

    static final String AUDIT_TYPE = "step_sequence";
    public static final int MAX_STEPS = 20;

    private final SequenceRepository sequences;
    private final EmailTemplates templates;
    private final Segments segments;
    private final BusinessCalendar calendar;
    private final AuditLog audit;

    StepSequences(SequenceRepository sequences, EmailTemplates templates, Segments segments, BusinessCalendar calendar,
            AuditLog audit) {
        this.sequences = sequences;
        this.templates = templates;
        this.segments = segments;
        this.calendar = calendar;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StepSequence find(UUID id) {
        return sequences.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<StepSequence> list(PageQuery page) {
        return page.page(sequences.list(page.decodedCursor(2), page.fetchSize()), q -> Cursor.of(q.name(), q.id()));
    }

    /** The latest enrolments (200), optionally one customer's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SequenceEnrollment> enrollments(UUID id, UUID companyId) {
        return sequences.enrollments(find(id).id(), companyId, 200);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public StepSequence create(StepSequenceDraft draft) {
        StepSequenceDraft clean = checked(draft);
        UUID id = Ids.newId();
        sequences.insert(id, clean, CurrentActor.idOrNull());
        StepSequence created = find(id);
        audit.record("step_sequence.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /**
     * Changes a sequence (the API's PATCH: nulls keep what was there); customers already going through it follow the
     * new steps from their next one.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public StepSequence change(UUID id, long version, StepSequenceDraft d) {
        StepSequence before = find(id);
        return save(before, version, new StepSequenceDraft(d.name() == null ? before.name() : d.name(),
                d.trigger() == null ? before.trigger() : d.trigger(),
                d.trigger() == null && d.triggerDays() == null ? before.triggerDays() : d.triggerDays(),
                d.segmentId() == null ? before.segmentId() : d.segmentId(),
                d.active() == null ? before.active() : d.active(), d.steps()), "step_sequence.changed");
    }

    /**
     * Replaces a sequence with what the web form holds: a null segment means none; a null {@code active} keeps it
     * (the form stops and restarts with their own buttons).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public StepSequence replace(UUID id, long version, StepSequenceDraft d) {
        StepSequence before = find(id);
        return save(before, version, new StepSequenceDraft(d.name(), d.trigger(), d.triggerDays(), d.segmentId(),
                d.active() == null ? before.active() : d.active(), d.steps()), "step_sequence.changed");
    }

    /**
     * Stops a sequence: no trigger starts it any more and everyone going through it stops at once (their mail log
     * stays). Restarting it later starts customers again on their next trigger.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public StepSequence stop(UUID id, long version) {
        StepSequence stopped = active(id, version, false, "step_sequence.stopped");
        sequences.stopEnrollments(id, "sequence inactive");
        return stopped;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public StepSequence restart(UUID id, long version) {
        return active(id, version, true, "step_sequence.restarted");
    }

    /** Deletes a sequence nobody has gone through yet; one with enrolments (and their mail log) is in use: 409. */
    @PreAuthorize("hasRole('MEMBER')")
    public void delete(UUID id) {
        StepSequence before = find(id);
        if (sequences.hasEnrollments(id)) {
            throw new RecordInUseException(List.of(FieldProblem.of("sequence", "MarketingSequenceInUse")));
        }
        sequences.delete(id);
        audit.record("step_sequence.deleted", AUDIT_TYPE, id, before, null);
    }

    private StepSequence active(UUID id, long version, boolean active, String action) {
        StepSequence before = find(id);
        return save(before, version, new StepSequenceDraft(before.name(), before.trigger(), before.triggerDays(),
                before.segmentId(), active, null), action);
    }

    private StepSequence save(StepSequence before, long version, StepSequenceDraft d, String action) {
        StepSequenceDraft clean = checked(d.steps() != null ? d : new StepSequenceDraft(d.name(), d.trigger(),
                d.triggerDays(), d.segmentId(), d.active(), before.steps().stream().map(s ->
                        new StepSequenceDraft.StepDraft(s.delayDays(), s.businessDays(), s.templateId())).toList()));
        if (!sequences.update(before.id(), version, clean, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
        StepSequence after = find(before.id());
        audit.record(action, AUDIT_TYPE, before.id(), before, after);
        return after;
    }

    /**
     * Starts the customer on every active sequence of the trigger whose segment they are in, from {@code on} (the
     * day of the trigger); returns the sequences started.
     */
    List<UUID> start(String trigger, UUID companyId, LocalDate on) {
        List<UUID> started = new ArrayList<>();
        for (StepSequence q : sequences.activeFor(trigger)) {
            if (startOne(q, companyId, on)) {
                started.add(q.id());
            }
        }
        return started;
    }

    boolean startOne(StepSequence q, UUID companyId, LocalDate on) {
        if (q.steps().isEmpty() || (q.segmentId() != null && !segments.contains(q.segmentId(), companyId))) {
            return false;
        }
        return sequences.enroll(Ids.newId(), q.id(), companyId, on, dueOn(on, q.steps().getFirst()));
    }

    /** The day a step is due after {@code base}: calendar days, or business days (then always on a business day). */
    LocalDate dueOn(LocalDate base, StepSequence.Step step) {
        if (!step.businessDays()) {
            return base.plusDays(step.delayDays());
        }
        LocalDate day = calendar.addBusinessDays(base, step.delayDays());
        return calendar.isBusinessDay(day) ? day : calendar.nextBusinessDay(day);
    }

    private StepSequenceDraft checked(StepSequenceDraft d) {
        String name = d.name() == null ? "" : d.name().strip();
        String trigger = d.trigger() == null ? "" : d.trigger().strip();
        List<StepSequenceDraft.StepDraft> steps = d.steps() == null ? List.of() : d.steps();
        Check c = Check.of().required("name", name).maxLength("name", name, 120).required("trigger", trigger)
                .oneOf("trigger", trigger, StepSequence.TRIGGERS)
                .failIf(trigger.equals("no_order") && (d.triggerDays() == null || d.triggerDays() < 1
                        || d.triggerDays() > 3650), "triggerDays", "Range", 1, 3650)
                .required("steps", steps).failIf(steps.size() > MAX_STEPS, "steps", "Range", 1, MAX_STEPS);
        List<StepSequenceDraft.StepDraft> clean = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepSequenceDraft.StepDraft s = steps.get(i);
            String at = "steps[" + i + "].";
            int delay = s == null || s.delayDays() == null ? 0 : s.delayDays();
            c.failIf(delay < 0 || delay > 365, at + "delayDays", "Range", 0, 365)
                    .required(at + "templateId", s == null ? null : s.templateId());
            clean.add(new StepSequenceDraft.StepDraft(delay, s != null && Boolean.TRUE.equals(s.businessDays()),
                    s == null ? null : s.templateId()));
        }
        c.verify();
        clean.forEach(s -> templates.find(s.templateId()));
        if (d.segmentId() != null) {
            segments.find(d.segmentId());
        }
        return new StepSequenceDraft(name, trigger, trigger.equals("no_order") ? d.triggerDays() : null, d.segmentId(),
                d.active() == null || d.active(), clean);
    }
}
