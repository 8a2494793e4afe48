package dev.kizuna.activities;

import java.util.UUID;

import dev.kizuna.customers.CompaniesMerged;
import dev.kizuna.customers.ContactsMerged;
import dev.kizuna.customers.CustomerActivity;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what is derived from activities in step with them, in the same transaction: the delay rollup that input
 * compliance reads, and each customer's last activity on the customer master. Also re-points activities when
 * customers or contacts are merged, so the survivor's timeline keeps the merged record's history.
 */
@Component
class ActivityBookkeeping {

    private final ActivityRollups rollups;
    private final ComplianceSnapshots snapshots;
    private final CustomerActivity customers;
    private final JdbcClient jdbc;

    ActivityBookkeeping(ActivityRollups rollups, ComplianceSnapshots snapshots, CustomerActivity customers,
            JdbcClient jdbc) {
        this.rollups = rollups;
        this.snapshots = snapshots;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** A new activity or note has been stored. */
    void added(Activity activity) {
        if (!activity.note()) {
            rollups.add(activity.id());
            customers.happened(activity.companyId(), activity.occurredAt());
            snapshots.dropFrom(dayOf(activity));
        }
    }

    /** The activity is about to be changed or deleted: stop counting it as it is. */
    void changing(Activity before) {
        rollups.remove(before.id());
    }

    /** The activity was changed: count it as it is now; the customers it was and is about get their last activity again. */
    void changed(Activity before, Activity after) {
        rollups.add(after.id());
        snapshots.dropFrom(java.util.Collections.min(java.util.List.of(dayOf(before), dayOf(after))));
        recountLastActivity(before.companyId());
        if (!after.companyId().equals(before.companyId())) {
            recountLastActivity(after.companyId());
        }
    }

    /** The activity was deleted (after {@link #changing}). */
    void deleted(Activity before) {
        snapshots.dropFrom(dayOf(before));
        recountLastActivity(before.companyId());
    }

    private static java.time.LocalDate dayOf(Activity activity) {
        return java.time.LocalDate.ofInstant(activity.occurredAt(), ActivityStats.BUSINESS_ZONE);
    }

    private void recountLastActivity(UUID companyId) {
        customers.lastWas(companyId, rollups.lastActivityOf(companyId));
    }

    /**
     * In the merge's transaction, before the merged customer is deleted (its activities would go with it): they move
     * to the survivor, whose last activity becomes the later of the two.
     */
    @EventListener
    void on(CompaniesMerged merged) {
        jdbc.sql("update activity set company_id = ? where company_id = ?")
                .params(merged.survivorId(), merged.mergedId()).update();
        recountLastActivity(merged.survivorId());
        snapshots.dropFrom(java.time.LocalDate.EPOCH); // whose customers were dormant when has changed; merges are rare
    }

    @EventListener
    void on(ContactsMerged merged) {
        jdbc.sql("update activity set contact_id = ? where contact_id = ?")
                .params(merged.survivorId(), merged.mergedId()).update();
    }
}
