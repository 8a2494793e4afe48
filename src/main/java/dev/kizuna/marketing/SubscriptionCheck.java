package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.Product;
import dev.kizuna.commerce.Products;
import dev.kizuna.customers.Companies;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import org.springframework.stereotype.Component;

/** Checks a typed subscription field by field and turns it into items and a cycle. */
@Component
class SubscriptionCheck {

    static final List<String> PAYMENTS = List.of("card", "deferred");
    static final int MAX_ITEMS = 20;

    private final Companies companies;
    private final Products products;

    SubscriptionCheck(Companies companies, Products products) {
        this.companies = companies;
        this.products = products;
    }

    void customer(UUID companyId) {
        Check.of().required("companyId", companyId)
                .failIf(companyId != null && companies.findOrNull(companyId) == null, "companyId", "UnknownId")
                .verify();
    }

    /** The priced items; problems name the row ({@code items[1].quantity}). */
    List<Subscription.Item> items(List<SubscriptionDraft.ItemDraft> drafts, Check check) {
        List<SubscriptionDraft.ItemDraft> sent = drafts == null ? List.of() : drafts.stream()
                .filter(d -> d != null && d.productId() != null).toList();
        check.failIf(sent.isEmpty(), "items", "NotBlank").failIf(sent.size() > MAX_ITEMS, "items", "Range", 1, MAX_ITEMS);
        List<Subscription.Item> items = new ArrayList<>();
        for (int i = 0; i < sent.size() && i < MAX_ITEMS; i++) {
            SubscriptionDraft.ItemDraft d = sent.get(i);
            Product p = product(d.productId());
            int quantity = d.quantity() == null ? 1 : d.quantity();
            check.failIf(p == null, "items[" + i + "].productId", "UnknownId")
                    .failIf(quantity < 1 || quantity > 999, "items[" + i + "].quantity", "Range", 1, 999)
                    .failIf(d.unitPrice() != null && (d.unitPrice() < 0 || d.unitPrice() > 99_999_999L),
                            "items[" + i + "].unitPrice", "Yen");
            if (p != null) {
                items.add(new Subscription.Item(p.id(), p.name(), quantity,
                        d.unitPrice() == null ? p.unitPrice() : d.unitPrice(), p.taxRate()));
            }
        }
        return items;
    }

    /** The cycle, or null when a problem was found (then {@code check} names it). */
    DeliveryCycle cycle(String unitCode, Integer every, Integer dayOfMonth, LocalDate next, Check check) {
        check.required("cycleUnit", unitCode).oneOf("cycleUnit", unitCode, DeliveryCycle.UNITS)
                .required("cycleEvery", every);
        if (unitCode == null || !DeliveryCycle.UNITS.contains(unitCode) || every == null) {
            return null;
        }
        DeliveryCycle.Unit unit = DeliveryCycle.Unit.ofCode(unitCode);
        check.failIf(every < 1 || every > DeliveryCycle.max(unit), "cycleEvery", "Range", 1, DeliveryCycle.max(unit))
                .failIf(dayOfMonth != null && unit != DeliveryCycle.Unit.MONTHS, "dayOfMonth", "SubscriptionDayOnlyMonthly")
                .failIf(dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31), "dayOfMonth", "Range", 1, 31);
        if (check.hasProblems()) {
            return null;
        }
        DeliveryCycle cycle = DeliveryCycle.of(unit, every, dayOfMonth, next);
        check.failIf(next != null && !cycle.fallsOn(next), "nextDeliveryOn", "SubscriptionNotOnDay",
                cycle.dayOfMonth());
        return cycle;
    }

    void nextDelivery(LocalDate next, LocalDate today, Check check) {
        check.required("nextDeliveryOn", next)
                .failIf(next != null && next.isBefore(today), "nextDeliveryOn", "NotInPast")
                .failIf(next != null && next.isAfter(today.plusYears(2)), "nextDeliveryOn", "SubscriptionTooFar");
    }

    private Product product(UUID id) {
        try {
            return products.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
