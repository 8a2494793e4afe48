package dev.kizuna.activities;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CompanyDeleted;
import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Activities (and their attachments, which hang on them) follow a merged customer or contact to the survivor, so
 * its timeline keeps the whole history. A customer's activities do not keep it from being deleted: they are its
 * timeline and go with it (the audit log keeps the customer), and stop counting in the rollups as they go.
 */
@Component
class ActivityCustomerRecords implements CustomerRecords {

    private final ActivityMergeRepository rows;
    private final ActivityBookkeeping bookkeeping;

    ActivityCustomerRecords(ActivityMergeRepository rows, ActivityBookkeeping bookkeeping) {
        this.rows = rows;
        this.bookkeeping = bookkeeping;
    }

    @Override
    public Set<String> tables() {
        return Set.of("activity.company_id", "activity.contact_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        List<UUID> moved = rows.moveCompany(survivorId, mergedId);
        bookkeeping.customerMerged(survivorId);
        return List.of(MovedRecords.of("activities", "activities", moved));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        List<UUID> moved = rows.moveContact(survivorId, mergedId);
        return List.of(MovedRecords.of("activities", "activities", moved));
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of();
    }

    /** Inside the deleting transaction, before the customer's row (and with it its activities) goes. */
    @EventListener
    void on(CompanyDeleted deleted) {
        bookkeeping.customerDeleting(deleted.companyId());
    }
}
