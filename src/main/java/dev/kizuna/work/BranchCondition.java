package dev.kizuna.work;

import java.util.List;

/**
 * The condition of a {@code branch} step. {@code subject}:
 * <ul>
 * <li>{@code field} — a customer field: {@code field} is a built-in ({@code prefecture}, {@code city},
 * {@code industry}, {@code employeeCount}, {@code annualRevenue}, {@code leadSource}, {@code status}, {@code tags},
 * {@code email}, {@code phone}) or {@code customFields.<key>};</li>
 * <li>{@code count} — a number about the customer or the run: {@code unreachedCalls} (unreached calls in a row),
 * {@code openTasks} (the customer's open tasks), {@code passes} (times this run went back to an earlier step);</li>
 * <li>{@code event} — something that happened in this run: {@code email} (an e-mail was sent), {@code limit} (a call
 * step reached its limit), {@code order} / {@code deal_won} (a wait ended by an order / a deal won).</li>
 * </ul>
 * {@code op}: {@code eq}, {@code ne}, {@code gte}, {@code lte}, {@code contains}, {@code empty}, {@code notEmpty}
 * (fields and counts); {@code happened}, {@code notHappened} (events). {@code value} as typed.
 */
public record BranchCondition(String subject, String field, String op, String value) {

    public static final List<String> SUBJECTS = List.of("field", "count", "event");
    public static final List<String> OPS = List.of("eq", "ne", "gte", "lte", "contains", "empty", "notEmpty");
    public static final List<String> EVENT_OPS = List.of("happened", "notHappened");
    public static final List<String> COUNTS = List.of("unreachedCalls", "openTasks", "passes");
    public static final List<String> EVENTS = List.of("email", "limit", "order", "deal_won");
    public static final List<String> FIELDS = List.of("prefecture", "city", "industry", "employeeCount",
            "annualRevenue", "leadSource", "status", "tags", "email", "phone");
}
