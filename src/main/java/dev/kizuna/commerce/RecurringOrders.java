package dev.kizuna.commerce;

import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a recurring delivery's order (see {@link Orders#placeRecurring}), audited, with its events. */
@Component
class RecurringOrders {

    private final OrderRepository orders;
    private final LineRepository lineRows;
    private final DocumentNumbers numbers;
    private final BusinessCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RecurringOrders(OrderRepository orders, LineRepository lineRows, DocumentNumbers numbers,
            BusinessCalendar calendar, AuditLog audit, ApplicationEventPublisher events) {
        this.orders = orders;
        this.lineRows = lineRows;
        this.numbers = numbers;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }

    Order write(RecurringOrder r) {
        String title = CommerceText.clean(r.title());
        Check.of().required("companyId", r.companyId()).required("title", title).maxLength("title", title, 200)
                .required("deliveredOn", r.deliveredOn()).required("lines", r.lines()).verify();
        Totals totals = Totals.of(r.lines());
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        orders.insert(id, numbers.next("O", r.deliveredOn().getYear()), null, null, r.companyId(), null, title,
                r.deliveredOn(), r.deliveredOn(), totals, actor);
        lineRows.insertOrderLines(id, r.lines());
        orders.update(id, 0, r.deliveredOn(), r.deliveredOn(), totals.total(), r.deliveredOn(),
                Orders.paymentDue(r.deliveredOn(), calendar), actor);
        boolean paid = r.paidOnDelivery() && totals.total() > 0;
        if (paid) {
            orders.addPaid(id, 1, totals.total(), r.deliveredOn(), actor);
            orders.insertPayment(Ids.newId(), id, r.deliveredOn(), totals.total(), "", actor);
        }
        Order placed = orders.find(id).orElseThrow();
        audit.record("order.created", Orders.AUDIT_TYPE, id, null, placed);
        events.publishEvent(new OrderPlaced(id, null, r.companyId(), null, totals.total(), r.deliveredOn()));
        events.publishEvent(new OrderDelivered(id, null, r.companyId(), null, r.deliveredOn()));
        if (paid) {
            events.publishEvent(new OrderPaid(id, null, r.companyId(), null, totals.total(), r.deliveredOn()));
        }
        return placed;
    }
}
