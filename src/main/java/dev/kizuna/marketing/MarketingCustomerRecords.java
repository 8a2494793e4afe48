package dev.kizuna.marketing;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/** A merged customer's subscriptions, sequence enrolments, mail log and postal opt-outs follow it to the survivor; a customer
 * holding any of them cannot be deleted. */
@Component
class MarketingCustomerRecords implements CustomerRecords {

    private static final String MODULE = "marketing";

    private final MarketingMergeRepository rows;

    MarketingCustomerRecords(MarketingMergeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("subscription.company_id", "sequence_enrollment.company_id", "marketing_mail.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        UUID actor = CurrentActor.idOrNull();
        return List.of(MovedRecords.of(MODULE, "subscriptions", rows.move("subscription", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "sequenceEnrollments", rows.moveEnrollments(survivorId, mergedId)),
                MovedRecords.of(MODULE, "marketingMails", rows.movePlain("marketing_mail", survivorId, mergedId)));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of();
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("subscriptions", rows.count("subscription", companyId)),
                new HeldRecords("sequenceEnrollments", rows.count("sequence_enrollment", companyId)),
                new HeldRecords("marketingMails", rows.count("marketing_mail", companyId)));
    }
}
