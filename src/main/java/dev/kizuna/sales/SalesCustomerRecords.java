package dev.kizuna.sales;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Deals and leads follow a merged customer (deals also a merged contact) to the survivor, in the merge's
 * transaction; each moved row gets a new version, so a form opened before the merge cannot put it back. A customer
 * with deals cannot be deleted (the foreign key restricts too); a lead only loses its link.
 */
@Component
class SalesCustomerRecords implements CustomerRecords {

    private static final String MODULE = "sales";

    private final SalesMergeRepository rows;

    SalesCustomerRecords(SalesMergeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("deal.company_id", "deal.contact_id", "lead.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        UUID actor = CurrentActor.idOrNull();
        return List.of(MovedRecords.of(MODULE, "deals", rows.move("deal", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "leads", rows.move("lead", survivorId, mergedId, actor)));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of(MovedRecords.of(MODULE, "deals",
                rows.move("deal", "contact_id", survivorId, mergedId,
                        CurrentActor.idOrNull())));
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("deals", rows.count("deal", companyId)));
    }
}
