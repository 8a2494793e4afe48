package dev.kizuna.dataio;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.commerce.OrderHistory;
import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * Orders (受注) from the former system or a sales ledger, one line each, written by {@link Orders#importHistory}:
 * the customer by {@link CompanyLookup}, the former order number kept, 10% tax unless the row says 8%, paid in full
 * on the payment date when there is one.
 */
final class OrderBatches extends HistoryBatches {

    private final Orders orders;

    OrderBatches(Setup setup, Orders orders) {
        super(setup);
        this.orders = orders;
    }

    @Override
    UUID write(Map<String, String> v) {
        return orders.importHistory(new OrderHistory(companies.companyOf(v), user(v, "owner"),
                text(v, "orderNumber"), text(v, "orderTitle"), date(v, "orderedOn"), amount(v, "amount"), taxRate(v),
                date(v, "deliveredOn"), date(v, "dueOn"), date(v, "paidOn"))).id();
    }

    /** 10, 10%, 0.1, 8, 8%, 0.08, 軽減 (reduced: 8%); empty is 10%. */
    private static Integer taxRate(Map<String, String> v) {
        String said = text(v, "taxRate");
        if (said == null) {
            return null;
        }
        String s = said.replace("%", "").replace("％", "").strip();
        return switch (s) {
            case "10", "0.1", "0.10", "標準" -> 10;
            case "8", "0.08", "軽減", "8軽", "※8" -> 8;
            default -> throw new RuleViolationException(FieldProblem.of("taxRate", "ImportUnknownChoice"));
        };
    }

    @Override
    String targetOf(String field) {
        return switch (field) {
            case "number" -> "orderNumber";
            case "title" -> "orderTitle";
            default -> super.targetOf(field);
        };
    }
}
