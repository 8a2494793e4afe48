package dev.kizuna.commerce.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.commerce.Payment;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.Money;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/orders} and {@code /api/v1/payments}: orders made from won deals, their delivery, invoice and
 * payments. Everyone reads them; members and above record delivery and payments.
 */
@RestController
@Tag(name = "Orders")
class OrdersApi {

    private final Orders orders;

    OrdersApi(Orders orders) {
        this.orders = orders;
    }

    record OrderJson(String id, String number, String dealId, String dealName, String quoteId, String companyId,
            String companyName, String ownerId, String ownerName, String title, String status, boolean overdue,
            LocalDate orderedOn, LocalDate deliveryDueOn, LocalDate deliveredOn, Json.TotalsJson totals,
            List<Json.LineJson> lines, Money invoiceAmount, LocalDate invoicedOn, LocalDate dueOn, Money paidAmount,
            Money balance, LocalDate paidOn, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static OrderJson of(Order o, LocalDate today) {
            return new OrderJson(o.id().toString(), o.number(), ApiValues.text(o.dealId()), o.dealName(),
                    ApiValues.text(o.quoteId()), o.companyId().toString(), o.companyName(), ApiValues.text(o.ownerId()),
                    o.ownerName(), o.title(), o.status().code(), o.overdue(today), o.orderedOn(), o.deliveryDueOn(),
                    o.deliveredOn(), Json.TotalsJson.of(o.totals()), o.lines().stream().map(Json.LineJson::of).toList(),
                    Money.yen(o.invoiceAmount()), o.invoicedOn(), o.dueOn(), Money.yen(o.paidAmount()),
                    Money.yen(o.balance()), o.paidOn(), o.version(), ApiValues.utc(o.createdAt()),
                    ApiValues.utc(o.updatedAt()));
        }
    }

    record PaymentJson(String id, String orderId, String orderNumber, String companyId, String companyName,
            LocalDate receivedOn, Money amount, String note, OffsetDateTime createdAt) {
        static PaymentJson of(Payment p) {
            return new PaymentJson(p.id().toString(), p.orderId().toString(), p.orderNumber(),
                    p.companyId().toString(), p.companyName(), p.receivedOn(), Money.yen(p.amount()), p.note(),
                    ApiValues.utc(p.createdAt()));
        }
    }

    @GetMapping("/api/v1/orders")
    @Operation(summary = "Orders, keyset-paged", description = """
            Newest first; filter[companyId]= narrows to one customer's. filter[overdue]=true lists instead the
            unpaid orders past their due date, the oldest due first. status is derived: not-delivered, delivered,
            partly-paid, paid. Items carry their totals but not their lines.""")
    CursorPage<OrderJson> list(@RequestParam(name = "filter[companyId]", required = false) String companyId,
            @RequestParam(name = "filter[overdue]", defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        LocalDate today = orders.today();
        PageQuery page = PageQuery.of(limit, cursor);
        return (overdue ? orders.overdue(page)
                : orders.list(ApiValues.optionalId("filter[companyId]", companyId), page)).map(o -> OrderJson.of(o, today));
    }

    @GetMapping("/api/v1/orders/{id}")
    ResponseEntity<OrderJson> get(@PathVariable String id) {
        Order o = orders.find(ApiValues.pathId("order", id));
        return ResponseEntity.ok().eTag(Versions.etag(o.version())).body(OrderJson.of(o, orders.today()));
    }

    record OrderRequest(Long version, LocalDate deliveryDueOn, Object invoiceAmount, LocalDate dueOn) {
    }

    @PatchMapping("/api/v1/orders/{id}")
    @Operation(summary = "Change the delivery date promised (納期), the invoice amount or its due date", description =
            "Fields not sent keep their value. The invoice amount cannot go below what was paid. Send version.")
    ResponseEntity<OrderJson> update(@PathVariable String id, @RequestBody OrderRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Order before = orders.find(ApiValues.pathId("order", id));
        Order after = orders.update(before.id(), version,
                body.deliveryDueOn() == null ? before.deliveryDueOn() : body.deliveryDueOn(),
                ApiValues.yen("invoiceAmount", body.invoiceAmount()), body.dueOn());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(OrderJson.of(after, orders.today()));
    }

    record DeliveryRequest(Long version, LocalDate deliveredOn, LocalDate dueOn) {
    }

    @PostMapping("/api/v1/orders/{id}/delivery")
    @Operation(summary = "Record the delivery (納品) and invoice it", description = """
            deliveredOn defaults to today; the invoice is dated the delivery day and due on dueOn, by default the
            end of the next month (月末締め翌月末払い). Send version.""")
    ResponseEntity<OrderJson> deliver(@PathVariable String id, @RequestBody DeliveryRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Order after = orders.recordDelivery(ApiValues.pathId("order", id), Versions.required(body.version(), ifMatch),
                body.deliveredOn(), body.dueOn());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(OrderJson.of(after, orders.today()));
    }

    @GetMapping("/api/v1/payments")
    @Operation(summary = "Payments (入金), newest first, keyset-paged; filter[orderId]= narrows to one order's")
    CursorPage<PaymentJson> payments(@RequestParam(name = "filter[orderId]", required = false) String orderId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return orders.payments(ApiValues.optionalId("filter[orderId]", orderId), PageQuery.of(limit, cursor))
                .map(PaymentJson::of);
    }

    @GetMapping("/api/v1/payments/{id}")
    PaymentJson payment(@PathVariable String id) {
        return PaymentJson.of(orders.payment(ApiValues.pathId("payment", id)));
    }

    record PaymentRequest(String orderId, Long orderVersion, LocalDate receivedOn, Object amount, String note) {
    }

    @PostMapping("/api/v1/payments")
    @Operation(summary = "Record a payment (入金) against an order (members and above)", description = """
            Needs orderId, orderVersion (the order's version; a stale one gets 409) and amount (whole yen, at most
            what is still owed); receivedOn defaults to today. Partial payments are fine; the one that completes
            the invoice amount makes the order paid.""")
    ResponseEntity<PaymentJson> pay(@RequestBody PaymentRequest body) {
        Payment created = orders.recordPayment(ApiValues.id("orderId", body.orderId() == null ? "" : body.orderId()),
                Versions.required(body.orderVersion(), "orderVersion", null), body.receivedOn(), ApiValues.yen("amount", body.amount()),
                body.note());
        return ResponseEntity.created(URI.create("/api/v1/payments/" + created.id())).body(PaymentJson.of(created));
    }
}
