package dev.kizuna.commerce;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quotes and orders follow a merged customer to the survivor in the merge's transaction; an order's payments and
 * lines hang on the order and come along (the payments are listed in the merge's audit entry too). A customer with
 * quotes or orders cannot be deleted; the foreign keys restrict as well.
 */
@Component
class CommerceCustomerRecords implements CustomerRecords {

    private static final String MODULE = "commerce";

    private final JdbcClient jdbc;

    CommerceCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("quote.company_id", "sales_order.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        List<UUID> quotes = move("quote", survivorId, mergedId);
        List<UUID> orders = move("sales_order", survivorId, mergedId);
        List<UUID> payments = orders.isEmpty() ? List.of()
                : jdbc.sql("select id from payment where order_id in (:orders) order by received_on, id")
                        .param("orders", orders).query(UUID.class).list();
        return List.of(MovedRecords.of(MODULE, "quotes", quotes), MovedRecords.of(MODULE, "orders", orders),
                MovedRecords.of(MODULE, "payments", payments));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of(); // quotes and orders name the customer, not a contact
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("orders", count("sales_order", companyId)),
                new HeldRecords("quotes", count("quote", companyId)));
    }

    private long count(String table, UUID companyId) {
        return jdbc.sql("select count(*) from " + table + " where company_id = ?").param(companyId).query(Long.class)
                .single();
    }

    private List<UUID> move(String table, UUID to, UUID from) {
        return jdbc.sql("update " + table + " set company_id = :to, version = version + 1, updated_at = now(),"
                + " updated_by = :actor where company_id = :from returning id")
                .param("to", to).param("from", from).param("actor", CurrentActor.idOrNull()).query(UUID.class).list();
    }
}
