package dev.kizuna.commerce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.sales.Deal;
import dev.kizuna.sales.Deals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes (見積書) made from a deal: everyone signed in reads them; members and above write them. Each quote gets a
 * gap-free number per year (Q-2026-000123). A draft is edited in place; once sent, a change is a new revision that
 * copies the newest one (the older ones stay, read-only, as they were sent). Accepting a revision makes it the one an
 * order is made from when the deal is won. Changes carry the version read (409 when stale) and are audited.
 */
@Service
@Transactional
public class Quotes {

    static final String AUDIT_TYPE = "quote";
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final QuoteRepository quotes;
    private final LineRepository lineRows;
    private final Lines lines;
    private final DocumentNumbers numbers;
    private final CommerceSettings settings;
    private final Deals deals;
    private final QuotePdf pdf;
    private final QuoteMail mail;
    private final AuditLog audit;
    private final Clock clock;

    Quotes(QuoteRepository quotes, LineRepository lineRows, Lines lines, DocumentNumbers numbers,
            CommerceSettings settings, Deals deals, QuotePdf pdf, QuoteMail mail, AuditLog audit,
            java.util.Optional<Clock> clock) {
        this.quotes = quotes;
        this.lineRows = lineRows;
        this.lines = lines;
        this.numbers = numbers;
        this.settings = settings;
        this.deals = deals;
        this.pdf = pdf;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Quote find(UUID id) {
        return quotes.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Newest first; {@code dealId} and {@code companyId} (each or null) narrow to one deal's, one customer's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Quote> list(UUID dealId, UUID companyId, PageQuery page) {
        var rows = quotes.list(dealId, companyId, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, q -> Cursor.of(q.createdAt().toString(), q.id()));
    }

    /** Every revision of a deal's quotes, newest first, without their lines. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Quote> ofDeal(UUID dealId) {
        return quotes.ofDeal(dealId);
    }

    /** A blank quote for a deal's form: today, the default validity, the deal's name as the title. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QuoteDraft blank(UUID dealId) {
        Deal deal = deals.find(dealId);
        LocalDate today = today();
        return new QuoteDraft(deal.name(), today, today.plusDays(settings.read().quoteValidDays()), "", List.of());
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Quote create(UUID dealId, QuoteDraft draft) {
        Deal deal = deals.find(dealId);
        Check check = Check.of();
        QuoteDraft clean = verify(draft, check);
        List<LineItem> items = lines.price(draft.lines(), check);
        check.verify();
        UUID id = Ids.newId();
        String number = numbers.next("Q", clean.issuedOn().getYear());
        quotes.insert(id, number, 1, deal.id(), deal.companyId(), deal.companyName(), deal.ownerId(), clean,
                Totals.of(items), settings.read(), CurrentActor.idOrNull());
        lineRows.replaceQuoteLines(id, items);
        Quote created = find(id);
        audit.record("quote.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Changes a draft; a sent or accepted quote is changed by {@link #revise} instead. */
    @PreAuthorize("hasRole('MEMBER')")
    public Quote update(UUID id, long version, QuoteDraft draft) {
        Quote before = find(id);
        requireEditable(before);
        Check check = Check.of();
        QuoteDraft clean = verify(draft, check);
        List<LineItem> items = lines.price(draft.lines(), check);
        check.verify();
        if (!quotes.update(id, version, clean, Totals.of(items), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        lineRows.replaceQuoteLines(id, items);
        Quote after = find(id);
        audit.record("quote.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    /**
     * A new draft revision copying the newest one (same number, revision + 1, issued today); the one it copies
     * becomes superseded and read-only.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Quote revise(UUID id, long version) {
        Quote before = find(id);
        if (before.status() == QuoteStatus.SUPERSEDED) {
            throw new RuleViolationException(FieldProblem.of("status", "QuoteSuperseded"));
        }
        if (!quotes.setStatus(id, version, QuoteStatus.SUPERSEDED, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        LocalDate today = today();
        long validDays = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(before.issuedOn(), before.validUntil()));
        QuoteDraft copy = new QuoteDraft(before.title(), today, today.plusDays(validDays), before.notes(), List.of());
        UUID newId = Ids.newId();
        quotes.insert(newId, before.number(), before.revision() + 1, before.dealId(), before.companyId(),
                before.recipientName(), before.ownerId(), copy, before.totals(), settings.read(),
                CurrentActor.idOrNull());
        lineRows.replaceQuoteLines(newId, before.lines());
        Quote created = find(newId);
        audit.record("quote.revised", AUDIT_TYPE, newId, before, created);
        return created;
    }

    /**
     * The customer accepted this revision: an order is made from it when the deal is won, and the deal's amount
     * becomes the quote's (tax excluded), so the forecast and the won figures count what was agreed.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Quote accept(UUID id, long version) {
        Quote before = find(id);
        if (before.status() == QuoteStatus.SUPERSEDED) {
            throw new RuleViolationException(FieldProblem.of("status", "QuoteSuperseded"));
        }
        if (!quotes.setStatus(id, version, QuoteStatus.ACCEPTED, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        quotes.unacceptOthers(before.dealId(), id);
        Quote after = find(id);
        audit.record("quote.accepted", AUDIT_TYPE, id, before, after);
        deals.agreeAmount(after.dealId(), after.totals().subtotal());
        return after;
    }

    /** The quote as a Japanese PDF (御見積書). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(UUID id) {
        return pdf.render(find(id));
    }

    /**
     * E-mails the quote with its PDF attached to {@code to}, in {@code locale}'s words; a draft becomes sent. Needs
     * an SMTP host (KIZUNA_SMTP_HOST).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Quote send(UUID id, long version, String to, String message, Locale locale) {
        Quote before = find(id);
        String address = CommerceText.clean(to);
        Check.of().required("to", address).email("to", address).maxLength("to", address, 320)
                .maxLength("message", message, 5000)
                .failIf(before.status() == QuoteStatus.SUPERSEDED, "status", "QuoteSuperseded")
                .failIf(!mail.enabled(), "to", "MailOff")
                .verify();
        if (!quotes.markSent(id, version, address, clock.instant(), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Quote after = find(id);
        mail.send(after, address, CommerceText.paragraph(message), pdf.render(after), locale);
        audit.record("quote.sent", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** The accepted revision of a deal's quotes, if any: what a won deal's order is made from. */
    java.util.Optional<Quote> acceptedOf(UUID dealId) {
        return quotes.acceptedOf(dealId);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static void requireEditable(Quote q) {
        if (!q.editable()) {
            throw new RuleViolationException(FieldProblem.of("status", q.status() == QuoteStatus.SUPERSEDED
                    ? "QuoteSuperseded" : "QuoteNotDraft"));
        }
    }

    private QuoteDraft verify(QuoteDraft d, Check check) {
        String title = CommerceText.clean(d.title());
        String notes = CommerceText.paragraph(d.notes());
        LocalDate issued = d.issuedOn() == null ? today() : d.issuedOn();
        LocalDate valid = d.validUntil() == null ? issued.plusDays(settings.read().quoteValidDays()) : d.validUntil();
        check.required("title", title).maxLength("title", title, 120).maxLength("notes", notes, 2000)
                .failIf(valid.isBefore(issued), "validUntil", "ValidUntilBeforeIssued");
        return new QuoteDraft(title, issued, valid, notes, d.lines());
    }
}
