package dev.kizuna.commerce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.sales.Deal;
import dev.kizuna.sales.DealWon;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders (受注), their delivery (納品), invoice and payments (入金): everyone signed in reads them; members and above
 * record delivery and payments. An order is made once per won deal ({@link #placeFor}); invoicing happens on
 * delivery, due by default at the end of the next month (月末締め翌月末払い). Changes carry the version read (409
 * when stale) and are audited; the last payment publishes {@link OrderPaid}.
 */
@Service
@Transactional
public class Orders {

    static final String AUDIT_TYPE = "order";

    private final BusinessCalendar calendar;
    private final OrderRepository orders;
    private final LineRepository lineRows;
    private final Quotes quotes;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OrderHistoryImport historyImport;
    private final RecurringOrders recurring;

    Orders(OrderRepository orders, LineRepository lineRows, Quotes quotes, DocumentNumbers numbers, AuditLog audit,
            ApplicationEventPublisher events, BusinessCalendar calendar, OrderHistoryImport historyImport,
            RecurringOrders recurring) {
        this.historyImport = historyImport;
        this.recurring = recurring;
        this.calendar = calendar;
        this.orders = orders;
        this.lineRows = lineRows;
        this.quotes = quotes;
        this.numbers = numbers;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Order find(UUID id) {
        return orders.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The order made from a deal, if it was won. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Order> ofDeal(UUID dealId) {
        return orders.ofDealId(dealId).flatMap(orders::find);
    }

    /** Newest first; {@code companyId} (or null) narrows to one customer's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Order> list(UUID companyId, PageQuery page) {
        var rows = orders.list(companyId, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, o -> Cursor.of(o.createdAt().toString(), o.id()));
    }

    /** Unpaid orders past their due date as of today in Tokyo, the oldest due first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Order> overdue(PageQuery page) {
        var rows = orders.overdue(quotes.today(), page.decodedCursor(2), page.fetchSize());
        return page.page(rows, o -> Cursor.of(o.dueOn().toString(), o.id()));
    }

    /** An owner's orders not yet paid in full, the soonest due first (those not invoiced yet last). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Order> unpaidOf(UUID ownerId, int limit) {
        return orders.unpaidOf(ownerId, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Payment> paymentsOf(UUID orderId) {
        return orders.paymentsOf(orderId);
    }

    /** Payments newest first; {@code orderId} (or null) narrows to one order's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Payment> payments(UUID orderId, PageQuery page) {
        var rows = orders.payments(orderId, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, p -> Cursor.of(p.createdAt().toString(), p.id()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Payment payment(UUID id) {
        return orders.payment(id).orElseThrow(() -> new NotFoundException("payment", id));
    }

    /**
     * Per customer: orders due in the {@code days} days before {@code asOf} that were not paid in full by their due
     * date (still unpaid on {@code asOf}, or paid late); customers without any are absent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Long> latePayments(java.util.Collection<UUID> companyIds, LocalDate asOf, int days) {
        return companyIds.isEmpty() ? java.util.Map.of() : orders.latePayments(companyIds, asOf.minusDays(days), asOf);
    }

    /** Today in Tokyo, the day overdue is judged against. */
    public LocalDate today() {
        return quotes.today();
    }

    /**
     * Makes the order of a won deal, once: the lines of its accepted quote, or else the deal's amount (before tax)
     * as one line at 10%. Ordered on the day it was won (Tokyo); due for delivery in 10 business days (two working
     * weeks) until someone says.
     */
    Optional<Order> placeFor(DealWon won, Deal deal) {
        if (orders.ofDealId(won.dealId()).isPresent()) {
            return Optional.empty();
        }
        Optional<Quote> accepted = quotes.acceptedOf(won.dealId());
        List<LineItem> items = accepted.map(Quote::lines)
                .orElse(List.of(LineItem.of(null, deal.name(), 1, "式", won.amount(), 10)));
        LocalDate orderedOn = won.wonAt().atZone(Quotes.ZONE).toLocalDate();
        UUID id = Ids.newId();
        Totals totals = Totals.of(items);
        if (!orders.insert(id, numbers.next("O", orderedOn.getYear()), won.dealId(),
                accepted.map(Quote::id).orElse(null), won.companyId(), won.ownerId(),
                accepted.map(Quote::title).orElse(deal.name()), orderedOn, calendar.addBusinessDays(orderedOn, 10), totals,
                CurrentActor.idOrNull())) {
            throw new IllegalStateException("deal " + won.dealId() + " got its order meanwhile"); // rolls back the number
        }
        lineRows.insertOrderLines(id, items);
        Order created = orders.find(id).orElseThrow();
        audit.record("order.created", AUDIT_TYPE, id, null, created);
        events.publishEvent(new OrderPlaced(id, won.dealId(), won.companyId(), won.ownerId(), totals.total(),
                orderedOn));
        return Optional.of(created);
    }

    /**
     * Records the delivery (納品) and invoices it: invoiced on the delivery day unless given, due at the end of the
     * following month unless given.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Order recordDelivery(UUID id, long version, LocalDate deliveredOn, LocalDate dueOn) {
        Order before = find(id);
        LocalDate delivered = deliveredOn == null ? today() : deliveredOn;
        Check.of().failIf(delivered.isBefore(before.orderedOn()), "deliveredOn", "BeforeOrdered")
                .failIf(delivered.isAfter(today()), "deliveredOn", "NotInFuture")
                .failIf(dueOn != null && dueOn.isBefore(delivered), "dueOn", "DueBeforeInvoiced")
                .verify();
        LocalDate due = dueOn != null ? dueOn : paymentDue(delivered, calendar);
        Order after = change(before, version, before.deliveryDueOn(), delivered, before.invoiceAmount(), delivered,
                due, "order.delivered");
        events.publishEvent(new OrderDelivered(id, after.dealId(), after.companyId(), after.ownerId(), delivered));
        return after; // the deal moving on (DealFollowsOrder) does not change the order
    }

    /** Changes the promised delivery date (納期), the invoice amount and its due date. */
    @PreAuthorize("hasRole('MEMBER')")
    public Order update(UUID id, long version, LocalDate deliveryDueOn, Long invoiceAmount, LocalDate dueOn) {
        Order before = find(id);
        long amount = invoiceAmount == null ? before.invoiceAmount() : invoiceAmount;
        LocalDate invoiced = before.invoicedOn();
        Check.of().failIf(amount < 0 || amount > 999_999_999_999L, "invoiceAmount", "Yen")
                .failIf(amount < before.paidAmount(), "invoiceAmount", "BelowPaid", before.paidAmount())
                .failIf(deliveryDueOn != null && deliveryDueOn.isBefore(before.orderedOn()), "deliveryDueOn",
                        "BeforeOrdered")
                .failIf(dueOn != null && dueOn.isBefore(invoiced == null ? before.orderedOn() : invoiced), "dueOn",
                        "DueBeforeInvoiced")
                .verify();
        return change(before, version, deliveryDueOn, before.deliveredOn(), amount, invoiced,
                dueOn == null ? before.dueOn() : dueOn, "order.updated");
    }

    /**
     * An order from another system's history (an import): one line, invoiced on delivery and due as
     * {@link #recordDelivery} would make it unless given, paid in full on {@code paidOn} when given (as one payment).
     * No event is published: history starts no playbook. An unpaid one past its due date is overdue like any other.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Order importHistory(OrderHistory h) {
        return historyImport.write(h, today());
    }

    /**
     * The order of one delivery of a recurring order (定期便, kept by marketing): ordered, delivered and invoiced on the
     * delivery day, paid in full that day when {@link RecurringOrder#paidOnDelivery()}. Publishes {@link OrderPlaced},
     * {@link OrderDelivered} and, when paid, {@link OrderPaid}. The caller makes sure each delivery is placed once.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Order placeRecurring(RecurringOrder order) {
        return recurring.write(order);
    }

    /** Order ids by order number (受注番号), for matching a bank statement or an import to orders. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<String, UUID> idsByNumber(java.util.Collection<String> numbers) {
        return orders.idsByNumber(numbers);
    }

    /** A payment (入金) arrived: partial or the rest; never more than is still owed. */
    @PreAuthorize("hasRole('MEMBER')")
    public Payment recordPayment(UUID orderId, long version, LocalDate receivedOn, Long amount, String note) {
        Order before = find(orderId);
        LocalDate received = receivedOn == null ? today() : receivedOn;
        String cleanNote = CommerceText.clean(note);
        Check.of().required("amount", amount)
                .failIf(amount != null && amount <= 0, "amount", "Positive")
                .failIf(amount != null && amount > before.balance(), "amount", "OverBalance", before.balance())
                .failIf(received.isAfter(today()), "receivedOn", "NotInFuture")
                .failIf(received.isBefore(before.orderedOn()), "receivedOn", "BeforeOrdered")
                .maxLength("note", cleanNote, 200)
                .verify();
        if (!orders.addPaid(orderId, version, amount, received, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, orderId);
        }
        UUID paymentId = Ids.newId();
        orders.insertPayment(paymentId, orderId, received, amount, cleanNote, CurrentActor.idOrNull());
        Order after = find(orderId);
        audit.record("order.paymentReceived", AUDIT_TYPE, orderId, before, after);
        if (after.status() == OrderStatus.PAID) {
            events.publishEvent(new OrderPaid(orderId, after.dealId(), after.companyId(), after.ownerId(),
                    after.paidAmount(), received));
        }
        return payment(paymentId);
    }

    /**
     * 月末締め翌月末払い: the last day of the next month, or the business day before it when that day is a weekend or a
     * holiday (月末が休日なら前営業日), so "overdue" never starts on a day no bank transfer could arrive.
     */
    static LocalDate paymentDue(LocalDate invoicedOn, BusinessCalendar calendar) {
        LocalDate monthEnd = YearMonth.from(invoicedOn).plusMonths(1).atEndOfMonth();
        return calendar.isBusinessDay(monthEnd) ? monthEnd : calendar.previousBusinessDay(monthEnd);
    }

    private Order change(Order before, long version, LocalDate deliveryDueOn, LocalDate deliveredOn, long amount,
            LocalDate invoicedOn, LocalDate dueOn, String action) {
        if (!orders.update(before.id(), version, deliveryDueOn, deliveredOn, amount, invoicedOn, dueOn,
                CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
        Order after = find(before.id());
        audit.record(action, AUDIT_TYPE, before.id(), before, after);
        return after;
    }
}
