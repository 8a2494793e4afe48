package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Writes an order from another system's history (see {@link Orders#importHistory}), checked and audited. */
@Component
class OrderHistoryImport {

    private final OrderRepository orders;
    private final LineRepository lineRows;
    private final DocumentNumbers numbers;
    private final BusinessCalendar calendar;
    private final AuditLog audit;

    OrderHistoryImport(OrderRepository orders, LineRepository lineRows, DocumentNumbers numbers,
            BusinessCalendar calendar, AuditLog audit) {
        this.orders = orders;
        this.lineRows = lineRows;
        this.numbers = numbers;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** {@code today}: in Tokyo, nothing of the history may lie after it. */
    Order write(OrderHistory h, LocalDate today) {
        String title = CommerceText.clean(h.title());
        String number = CommerceText.clean(h.number()).isEmpty() ? null : CommerceText.clean(h.number());
        int taxRate = h.taxRate() == null ? 10 : h.taxRate();
        Check.of().required("companyId", h.companyId())
                .required("title", title).maxLength("title", title, 200)
                .required("orderedOn", h.orderedOn())
                .required("amount", h.amount())
                .failIf(h.amount() != null && h.amount() < 0, "amount", "NotNegative")
                .failIf(taxRate != 10 && taxRate != 8, "taxRate", "OneOf", "10, 8")
                .maxLength("number", number, 40)
                .failIf(number != null && !orders.idsByNumber(List.of(number)).isEmpty(), "number", "Duplicate")
                .failIf(h.orderedOn() != null && h.orderedOn().isAfter(today), "orderedOn", "NotInFuture")
                .failIf(h.deliveredOn() != null && h.orderedOn() != null && h.deliveredOn().isBefore(h.orderedOn()),
                        "deliveredOn", "BeforeOrdered")
                .failIf(h.deliveredOn() != null && h.deliveredOn().isAfter(today), "deliveredOn", "NotInFuture")
                .failIf(h.paidOn() != null && h.orderedOn() != null && h.paidOn().isBefore(h.orderedOn()), "paidOn",
                        "BeforeOrdered")
                .failIf(h.paidOn() != null && h.paidOn().isAfter(today), "paidOn", "NotInFuture")
                .verify();
        List<LineItem> items = List.of(LineItem.of(null, title, 1, "式", h.amount(), taxRate));
        Totals totals = Totals.of(items);
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        orders.insert(id, number != null ? number : numbers.next("O", h.orderedOn().getYear()), null, null,
                h.companyId(), h.ownerId(), title, h.orderedOn(), calendar.addBusinessDays(h.orderedOn(), 10), totals,
                actor);
        lineRows.insertOrderLines(id, items);
        if (h.deliveredOn() != null || h.dueOn() != null) {
            LocalDate invoiced = h.deliveredOn() != null ? h.deliveredOn() : h.orderedOn();
            orders.update(id, 0, calendar.addBusinessDays(h.orderedOn(), 10), h.deliveredOn(), totals.total(),
                    invoiced, h.dueOn() != null ? h.dueOn() : Orders.paymentDue(invoiced, calendar), actor);
        }
        if (h.paidOn() != null && totals.total() > 0) {
            long version = find(id).version();
            orders.addPaid(id, version, totals.total(), h.paidOn(), actor);
            orders.insertPayment(Ids.newId(), id, h.paidOn(), totals.total(), "", actor);
        }
        Order imported = find(id);
        audit.record("order.imported", Orders.AUDIT_TYPE, id, null, imported);
        return imported;
    }

    private Order find(UUID id) {
        return orders.find(id).orElseThrow();
    }
}
