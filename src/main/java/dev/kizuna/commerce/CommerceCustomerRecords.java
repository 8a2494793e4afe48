package dev.kizuna.commerce;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Quotes and orders follow a merged customer to the survivor in the merge's transaction; an order's payments and
 * lines hang on the order and come along (the payments are listed in the merge's audit entry too). A customer with
 * quotes or orders cannot be deleted; the foreign keys restrict as well.
 */
@Component
class CommerceCustomerRecords implements CustomerRecords {

    private static final String MODULE = "commerce";

    private final CommerceMergeRepository rows;

    CommerceCustomerRecords(CommerceMergeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("quote.company_id", "sales_order.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        UUID actor = CurrentActor.idOrNull();
        List<UUID> quotes = rows.move("quote", survivorId, mergedId, actor);
        List<UUID> orders = rows.move("sales_order", survivorId, mergedId, actor);
        List<UUID> payments = rows.paymentsOf(orders);
        return List.of(MovedRecords.of(MODULE, "quotes", quotes), MovedRecords.of(MODULE, "orders", orders),
                MovedRecords.of(MODULE, "payments", payments));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of(); // quotes and orders name the customer, not a contact
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("orders", rows.count("sales_order", companyId)),
                new HeldRecords("quotes", rows.count("quote", companyId)));
    }
}
