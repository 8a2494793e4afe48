package dev.kizuna.dataio;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * Payments (入金) from a bank statement or the former system, matched to orders by order number and recorded by
 * {@link Orders#recordPayment} with its rules: never more than is still owed, never before the order or in the
 * future. An order paid in full this way is paid like any other (its owner is told).
 */
final class PaymentBatches extends HistoryBatches {

    private final Orders orders;
    private Map<String, UUID> byNumber = Map.of();

    PaymentBatches(Setup setup, Orders orders) {
        super(setup);
        this.orders = orders;
    }

    @Override
    void prepare(List<Map<String, String>> rows) {
        Set<String> numbers = new HashSet<>();
        rows.forEach(v -> {
            String number = text(v, "orderNumber");
            if (number != null) {
                numbers.add(number);
            }
        });
        byNumber = orders.idsByNumber(numbers);
    }

    @Override
    UUID write(Map<String, String> v) {
        String number = text(v, "orderNumber");
        if (number == null) {
            throw new RuleViolationException(FieldProblem.of("orderNumber", "NotBlank"));
        }
        UUID orderId = byNumber.get(number);
        if (orderId == null) {
            throw new RuleViolationException(FieldProblem.of("orderNumber", "ImportOrderNotFound"));
        }
        if (text(v, "receivedOn") == null) {
            throw new RuleViolationException(FieldProblem.of("receivedOn", "NotBlank"));
        }
        long version = orders.find(orderId).version();
        return orders.recordPayment(orderId, version, date(v, "receivedOn"), amount(v, "amount"), text(v, "note")).id();
    }

}
