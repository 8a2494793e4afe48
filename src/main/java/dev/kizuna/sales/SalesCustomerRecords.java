package dev.kizuna.sales;

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
 * Deals and leads follow a merged customer (deals also a merged contact) to the survivor, in the merge's
 * transaction; each moved row gets a new version, so a form opened before the merge cannot put it back. A customer
 * with deals cannot be deleted (the foreign key restricts too); a lead only loses its link.
 */
@Component
class SalesCustomerRecords implements CustomerRecords {

    private static final String MODULE = "sales";

    private final JdbcClient jdbc;

    SalesCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("deal.company_id", "deal.contact_id", "lead.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        return List.of(MovedRecords.of(MODULE, "deals", move("deal", "company_id", survivorId, mergedId)),
                MovedRecords.of(MODULE, "leads", move("lead", "company_id", survivorId, mergedId)));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of(MovedRecords.of(MODULE, "deals", move("deal", "contact_id", survivorId, mergedId)));
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("deals",
                jdbc.sql("select count(*) from deal where company_id = ?").param(companyId).query(Long.class).single()));
    }

    private List<UUID> move(String table, String column, UUID to, UUID from) {
        return jdbc.sql("update " + table + " set " + column + " = :to, version = version + 1, updated_at = now(),"
                + " updated_by = :actor where " + column + " = :from returning id")
                .param("to", to).param("from", from).param("actor", CurrentActor.idOrNull()).query(UUID.class).list();
    }
}
