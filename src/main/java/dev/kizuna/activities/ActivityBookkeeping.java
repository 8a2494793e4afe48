package dev.kizuna.activities;

import java.util.UUID;

import dev.kizuna.customers.CustomerActivity;
import dev.kizuna.platform.security.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Keeps what is derived from activities in step with them, in the same transaction: the rollups that input
 * compliance, the daily report and reports on activities read (also when a deleted customer takes its activities
 * along), and each customer's last activity on the customer master (also after a merge brought
 * another customer's activities, see {@link ActivityCustomerRecords}) — for a customer another log is writing at the
 * same moment, just after the commit ({@link BusyCustomerLastActivities}).
 */
@Component
class ActivityBookkeeping {

    private static final int REBUILD_BATCH = 10_000;

    private final ActivityRollups rollups;
    private final ComplianceSnapshots snapshots;
    private final CustomerActivity customers;
    private final BusyCustomerLastActivities busyCustomers;

    ActivityBookkeeping(ActivityRollups rollups, ComplianceSnapshots snapshots, CustomerActivity customers,
            BusyCustomerLastActivities busyCustomers) {
        this.rollups = rollups;
        this.snapshots = snapshots;
        this.customers = customers;
        this.busyCustomers = busyCustomers;
    }

    /**
     * A new activity or note has been stored. When another log about the same customer is writing its row, the
     * customer's last activity is moved forward just after this commits instead of waiting for that row.
     */
    void added(Activity activity) {
        if (!activity.note()) {
            rollups.add(activity.id());
            if (!customers.happened(activity.companyId(), activity.occurredAt())) {
                busyCustomers.note(activity.companyId());
            }
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
     * Rebuilds everything derived from activities after a bulk load that bypassed this bookkeeping (the benchmark's
     * COPY): the rollups, no snapshots, and every customer's last activity, written by the customer master
     * ({@link CustomerActivity#lastActivitiesWere}) as the system, since a bulk load acts for nobody.
     */
    void rebuild() {
        rebuild(REBUILD_BATCH);
    }

    void rebuild(int customersAtATime) {
        rollups.rebuild();
        rollups.lastActivities(customersAtATime,
                batch -> SystemActor.run(() -> customers.lastActivitiesWere(batch)));
    }

    /**
     * The customer is about to be deleted, its activities with it (their key cascades): they stop counting, as if each
     * had been deleted.
     */
    void customerDeleting(UUID companyId) {
        java.time.LocalDate first = rollups.removeCustomer(companyId);
        if (first != null) {
            snapshots.dropFrom(first);
        }
    }

    /**
     * Activities of a merged customer moved to the survivor (in the merge's transaction): its last activity becomes
     * the later of the two.
     */
    void customerMerged(UUID survivorId) {
        recountLastActivity(survivorId);
        snapshots.dropFrom(java.time.LocalDate.EPOCH); // whose customers were dormant when has changed; merges are rare
    }
}
