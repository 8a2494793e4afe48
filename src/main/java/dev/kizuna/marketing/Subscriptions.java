package dev.kizuna.marketing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions (定期便): everyone signed in reads them; members start, change, skip, pause and cancel them. Every
 * change carries the version read (409 when stale), is kept in the subscription's history and audited. Deliveries
 * become orders through {@link SubscriptionDeliveries}.
 */
@Service
@Transactional
public class Subscriptions {

    static final String AUDIT_TYPE = "subscription";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final SubscriptionCheck check;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Subscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries, SubscriptionCheck check,
            AuditLog audit, ApplicationEventPublisher events) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.check = check;
        this.audit = audit;
        this.events = events;
    }

    /** Today in Tokyo. */
    public LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Subscription find(UUID id) {
        return subscriptions.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Newest first; {@code companyId} and {@code status} (a code, or null) narrow it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Subscription> list(UUID companyId, String status, PageQuery page) {
        Check.of().oneOf("filter[status]", status, SubscriptionStatus.CODES).verify();
        var rows = subscriptions.list(companyId, status, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, s -> Cursor.of(s.createdAt().toString(), s.id()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SubscriptionEntry> history(UUID id) {
        return subscriptions.history(find(id).id());
    }

    /** The latest deliveries, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SubscriptionDelivery> deliveries(UUID id) {
        return deliveries.of(find(id).id(), 24);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Subscription start(SubscriptionDraft d) {
        check.customer(d.companyId());
        Check c = Check.of();
        DeliveryCycle cycle = check.cycle(d.cycleUnit(), d.cycleEvery(), d.dayOfMonth(), d.nextDeliveryOn(), c);
        check.nextDelivery(d.nextDeliveryOn(), today(), c);
        List<Subscription.Item> items = check.items(d.items(), c);
        String payment = d.payment() == null ? "card" : d.payment();
        String title = d.title() == null || d.title().isBlank()
                ? (items.isEmpty() ? "" : items.get(0).productName() + " 定期便") : d.title().strip();
        c.oneOf("payment", payment, SubscriptionCheck.PAYMENTS).maxLength("title", title, 120).verify();
        Subscription s = new Subscription(Ids.newId(), d.companyId(), null, title, cycle, d.nextDeliveryOn(),
                SubscriptionStatus.ACTIVE, null, payment, today(), null, "", items, 0, null, null);
        subscriptions.insert(s, CurrentActor.idOrNull());
        Subscription created = find(s.id());
        record(created, "started", null, Map.of("items", describe(items), "cycle", cycle.text()));
        audit.record("subscription.created", AUDIT_TYPE, s.id(), null, created);
        events.publishEvent(new SubscriptionStarted(s.id(), s.companyId(), s.nextDeliveryOn()));
        return created;
    }

    /** Changes products, cycle, next delivery, title or payment; what is null stays. */
    @PreAuthorize("hasRole('MEMBER')")
    public Subscription change(UUID id, long version, SubscriptionDraft d) {
        Subscription before = open(id);
        Check c = Check.of();
        LocalDate next = d.nextDeliveryOn() == null ? before.nextDeliveryOn() : d.nextDeliveryOn();
        boolean cycleChanged = d.cycleUnit() != null || d.cycleEvery() != null || d.dayOfMonth() != null;
        DeliveryCycle cycle = cycleChanged ? check.cycle(d.cycleUnit() == null ? before.cycle().unit().code()
                : d.cycleUnit(), d.cycleEvery() == null ? before.cycle().every() : d.cycleEvery(), d.dayOfMonth(),
                next, c) : before.cycle();
        if (d.nextDeliveryOn() != null) {
            check.nextDelivery(next, today(), c);
        }
        List<Subscription.Item> items = d.items() == null ? before.items() : check.items(d.items(), c);
        String payment = d.payment() == null ? before.payment() : d.payment();
        String title = d.title() == null ? before.title() : d.title().strip();
        c.oneOf("payment", payment, SubscriptionCheck.PAYMENTS).required("title", title).maxLength("title", title, 120)
                .verify();
        Subscription next2 = new Subscription(id, before.companyId(), null, title, cycle, next, before.status(),
                before.pausedUntil(), payment, before.startedOn(), null, "", items, version, null, null);
        write(before, next2, version);
        Map<String, Object> detail = new LinkedHashMap<>();
        if (!cycle.equals(before.cycle())) {
            detail.put("cycle", before.cycle().text() + " → " + cycle.text());
        }
        if (!items.equals(before.items())) {
            detail.put("items", describe(before.items()) + " → " + describe(items));
            subscriptions.replaceItems(id, items);
        }
        if (!next.equals(before.nextDeliveryOn())) {
            detail.put("nextDeliveryOn", before.nextDeliveryOn() + " → " + next);
        }
        return done(before, "changed", detail);
    }

    /** The next delivery is not made (スキップ); the one after it is, as usual. */
    @PreAuthorize("hasRole('MEMBER')")
    public Subscription skip(UUID id, long version) {
        Subscription before = open(id);
        Check.of().failIf(before.status() != SubscriptionStatus.ACTIVE, "status", "SubscriptionNotActive").verify();
        write(before, with(before, SubscriptionStatus.SKIPPING, before.nextDeliveryOn(), null, null, ""), version);
        return done(before, "skipped", Map.of("deliveryOn", before.nextDeliveryOn().toString()));
    }

    /** No deliveries until {@code until} (一時休止); the first delivery on or after it resumes the subscription. */
    @PreAuthorize("hasRole('MEMBER')")
    public Subscription pause(UUID id, long version, LocalDate until) {
        Subscription before = open(id);
        Check.of().required("until", until).failIf(until != null && !until.isAfter(today()), "until", "SubscriptionFuture")
                .failIf(until != null && until.isAfter(today().plusYears(1)), "until", "SubscriptionTooFar").verify();
        LocalDate next = before.cycle().firstOnOrAfter(before.nextDeliveryOn(), until);
        write(before, with(before, SubscriptionStatus.PAUSED, next, until, null, ""), version);
        return done(before, "paused", Map.of("until", until.toString(), "nextDeliveryOn", next.toString()));
    }

    /** Ends the subscription (解約) with a reason; no delivery is made after it. */
    @PreAuthorize("hasRole('MEMBER')")
    public Subscription cancel(UUID id, long version, String reason) {
        Subscription before = open(id);
        String clean = reason == null ? "" : reason.strip();
        Check.of().required("reason", clean).maxLength("reason", clean, 500).verify();
        write(before, with(before, SubscriptionStatus.CANCELLED, before.nextDeliveryOn(), null, today(), clean),
                version);
        return done(before, "cancelled", Map.of("reason", clean));
    }

    private Subscription open(UUID id) {
        Subscription s = find(id);
        Check.of().failIf(s.status() == SubscriptionStatus.CANCELLED, "status", "SubscriptionCancelled").verify();
        return s;
    }

    private static Subscription with(Subscription s, SubscriptionStatus status, LocalDate next, LocalDate pausedUntil,
            LocalDate cancelledOn, String reason) {
        return new Subscription(s.id(), s.companyId(), s.companyName(), s.title(), s.cycle(), next, status,
                pausedUntil, s.payment(), s.startedOn(), cancelledOn, reason, s.items(), s.version(), null, null);
    }

    private void write(Subscription before, Subscription after, long version) {
        if (!subscriptions.update(after, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
    }

    private Subscription done(Subscription before, String action, Map<String, Object> detail) {
        Subscription after = find(before.id());
        record(after, action, before.status(), detail);
        audit.record("subscription." + action, AUDIT_TYPE, before.id(), before, after);
        return after;
    }

    private void record(Subscription s, String action, SubscriptionStatus before, Map<String, Object> detail) {
        subscriptions.addHistory(s.id(), CurrentActor.idOrNull(), action, before, s.status(), detail);
    }

    static String describe(List<Subscription.Item> items) {
        return String.join("、", items.stream().map(i -> i.productName() + "×" + i.quantity() + " ¥" + i.unitPrice())
                .toList());
    }
}
