package dev.kizuna.voice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.work.Board;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postcard reply desk (seed 002's お手紙返信): members type in a customer's postcard, claim one to answer (one
 * writer each), check the customer, write the reply, three catch copies and a rough under their timers, and submit
 * the set; the department head (a manager) approves it or returns it with comments; an approved reply is marked sent
 * and goes on the customer's timeline. The rules are {@link LetterRules}.
 */
@Service
@Transactional
public class Letters {

    static final String AUDIT_TYPE = "letter";
    public static final int MAX_BODY = 4000;

    private final LetterRepository letters;
    private final LetterScanRepository scans;
    private final Companies companies;
    private final Contacts contacts;
    private final VoiceBoards boards;
    private final LetterTimeline timeline;
    private final LetterNotices notices;
    private final BusinessCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Letters(LetterRepository letters, LetterScanRepository scans, Companies companies, Contacts contacts,
            VoiceBoards boards, LetterTimeline timeline, LetterNotices notices, BusinessCalendar calendar,
            AuditLog audit, Optional<Clock> clock) {
        this.letters = letters;
        this.scans = scans;
        this.companies = companies;
        this.contacts = contacts;
        this.boards = boards;
        this.timeline = timeline;
        this.notices = notices;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LetterRules.ZONE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Letter find(UUID id) {
        return letters.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The desk's queue, oldest due first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Letter> list(LetterFilter filter, PageQuery page) {
        filter.verify();
        Instant endOfDueDay = filter.dueBy() == null ? null
                : filter.dueBy().plusDays(1).atStartOfDay(LetterRules.ZONE).toInstant();
        var rows = letters.list(filter, now(), endOfDueDay, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, l -> Cursor.of(l.dueAt(), l.id()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LetterReview> reviews(UUID id) {
        find(id);
        return letters.reviews(id);
    }

    /**
     * Types in a postcard: due by 18:00 of the letters board's backlog day (two business days by default). With a
     * {@code scanId} the scan's pictures stay with the letter (a scan goes with one letter only).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter intake(LetterDraft d) {
        String kind = d.kind() == null || d.kind().isBlank() ? "postcard" : d.kind();
        String body = d.body() == null ? null : d.body().strip();
        LocalDate received = d.receivedOn() == null ? today() : d.receivedOn();
        Contact contact = d.contactId() == null ? null : contactOrNull(d.contactId());
        boolean knownCompany = d.companyId() != null && companies.findOrNull(d.companyId()) != null;
        LetterScan scan = d.scanId() == null ? null : scans.find(d.scanId()).orElse(null);
        Check.of().oneOf("kind", kind, Letter.KINDS).required("companyId", d.companyId())
                .failIf(d.companyId() != null && !knownCompany, "companyId", "UnknownId")
                .failIf(d.contactId() != null && contact == null, "contactId", "UnknownId")
                .failIf(contact != null && !contact.companyId().equals(d.companyId()), "contactId",
                        "VoiceContactElsewhere")
                .failIf(d.scanId() != null && scan == null, "scanId", "UnknownId")
                .failIf(scan != null && scan.letterId() != null, "scanId", "LetterScanUsed")
                .failIf(received.isAfter(today()), "receivedOn", "LetterFuture")
                .failIf(received.isBefore(today().minusYears(1)), "receivedOn", "LetterTooOld")
                .required("body", body).maxLength("body", body, MAX_BODY).verify();
        int backlogDays = boards.named(VoiceBoards.LETTERS).map(Board::backlogDays).orElse(2);
        UUID id = Ids.newId();
        letters.insert(id, new LetterDraft(kind, d.companyId(), d.contactId(), received, body),
                LetterRules.dueAt(received, backlogDays, calendar), CurrentActor.idOrNull());
        if (scan != null && !scans.attach(scan.id(), id, CurrentActor.idOrNull())) {
            throw new RuleViolationException(List.of(FieldProblem.of("scanId", "LetterScanUsed")));
        }
        Letter created = find(id);
        audit.record("letter.received", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Takes a letter to answer; 409 naming who has it when someone else claimed it first. */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter claim(UUID id) {
        UUID me = CurrentActor.idOrNull();
        Letter l = locked(id);
        FieldProblem problem = LetterRules.claimProblem(l, me);
        if (problem != null && "LetterTaken".equals(problem.code())) {
            throw new RecordInUseException(List.of(problem));
        }
        fail(problem);
        if (!letters.claim(id, me)) {
            throw new RecordInUseException(List.of(FieldProblem.of("assigneeId", "LetterTaken", "")));
        }
        Letter claimed = find(id);
        if (claimed.reply().isBlank()) {
            letters.write(id, claimed.version(), timeline.template(claimed), claimed.copies(), claimed.rough(), false,
                    me);
            claimed = find(id);
        }
        audit.record("letter.claimed", AUDIT_TYPE, id, null, Map.of("assigneeId", me));
        return claimed;
    }

    /** Gives a letter back to the queue (the timer must be stopped). */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter release(UUID id) {
        Letter l = locked(id);
        UUID me = CurrentActor.idOrNull();
        fail(LetterRules.writeProblem(l, me));
        fail(l.timerOutput() != null ? FieldProblem.of("timer", "LetterTimerRunning") : null);
        letters.release(id, me);
        audit.record("letter.released", AUDIT_TYPE, id, Map.of("assigneeId", me), null);
        return find(id);
    }

    /** Saves the writer's text; {@code researched} ticks "checked the customer" (it cannot be unticked). */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter write(UUID id, long version, String reply, List<String> copies, String rough, boolean researched) {
        Letter l = locked(id);
        fail(LetterRules.writeProblem(l, CurrentActor.idOrNull()));
        String r = reply == null ? l.reply() : reply.strip();
        List<String> c = copies == null ? l.copies()
                : java.util.stream.IntStream.range(0, 3).mapToObj(i -> i < copies.size() && copies.get(i) != null
                        ? copies.get(i).strip() : "").toList();
        String rough2 = rough == null ? l.rough() : rough.strip();
        Check check = Check.of().maxLength("reply", r, 8000).maxLength("rough", rough2, MAX_BODY)
                .failIf(copies != null && copies.size() > 3, "copies", "Size", 3, 0);
        for (int i = 0; i < 3; i++) {
            check.maxLength("copies[" + i + "]", c.get(i), 200);
        }
        check.verify();
        if (!letters.write(id, version, r, c, rough2, researched, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        return find(id);
    }

    /** Starts an output's timer (stopping another running one) or stops the running one. */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter timer(UUID id, String output, boolean start) {
        Letter l = locked(id);
        UUID me = CurrentActor.idOrNull();
        fail(LetterRules.writeProblem(l, me));
        if (start) {
            fail(LetterRules.startProblem(l, output));
        }
        letters.stopTimer(l, now(), today(), me);
        if (start) {
            letters.startTimer(id, output, me);
        }
        return find(id);
    }

    /** Sends the set (reply, three copies, rough) to the department head; the running timer stops. */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter submit(UUID id) {
        Letter l = locked(id);
        UUID me = CurrentActor.idOrNull();
        fail(LetterRules.writeProblem(l, me));
        List<FieldProblem> problems = LetterRules.submitProblems(l);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        letters.stopTimer(l, now(), today(), me);
        letters.setStatus(id, "submitted", me);
        Letter after = find(id);
        audit.record("letter.submitted", AUDIT_TYPE, id, null, Map.of("seconds", after.totalSeconds(now())));
        return after;
    }

    /** The department head approves a submitted set or returns it with comments; the writer is told. */
    @PreAuthorize("hasRole('MANAGER')")
    public Letter review(UUID id, String decision, String comment) {
        Letter l = locked(id);
        List<FieldProblem> problems = LetterRules.reviewProblems(l, decision, comment);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        UUID me = CurrentActor.idOrNull();
        String text = comment == null ? "" : comment.strip();
        letters.addReview(id, decision, text, me);
        letters.setStatus(id, decision, me);
        Letter after = find(id);
        notices.reviewed(after, decision);
        audit.record("letter." + decision, AUDIT_TYPE, id, null, Map.of("comment", text));
        return after;
    }

    /** Marks an approved reply as sent and puts it on the customer's timeline. */
    @PreAuthorize("hasRole('MEMBER')")
    public Letter markSent(UUID id) {
        Letter l = locked(id);
        fail(LetterRules.sendProblem(l));
        UUID activity = timeline.logSent(l);
        letters.markSent(id, activity, CurrentActor.idOrNull());
        audit.record("letter.sent", AUDIT_TYPE, id, null, Map.of("activityId", activity));
        return find(id);
    }

    private Letter locked(UUID id) {
        return letters.findForUpdate(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private static void fail(FieldProblem problem) {
        if (problem != null) {
            throw new RuleViolationException(List.of(problem));
        }
    }

    private Contact contactOrNull(UUID id) {
        try {
            return contacts.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
