package dev.kizuna.success;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * A merged customer's success plan, meetings, KPIs, contracts and churns follow it to the survivor. A customer keeps one
 * plan: when both had one, the survivor's stays and the other is folded into it ({@link SuccessPlanFold}). A customer
 * with success records cannot be deleted.
 */
@Component
class SuccessCustomerRecords implements CustomerRecords {

    private static final String MODULE = "success";

    private final SuccessMergeRepository rows;
    private final SuccessPlanFold fold;

    SuccessCustomerRecords(SuccessMergeRepository rows, SuccessPlanFold fold) {
        this.rows = rows;
        this.fold = fold;
    }

    @Override
    public Set<String> tables() {
        return Set.of("success_plan.company_id", "success_meeting.company_id", "success_kpi.company_id",
                "success_contract.company_id", "success_churn.company_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        List<UUID> folded = rows.hasPlan(survivorId) && rows.hasPlan(mergedId)
                ? List.of(fold.fold(survivorId, mergedId)) : List.of();
        UUID actor = CurrentActor.idOrNull();
        return List.of(MovedRecords.of(MODULE, "successPlans", rows.move("success_plan", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "successPlansFolded", folded),
                MovedRecords.of(MODULE, "meetings", rows.move("success_meeting", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "kpis", rows.move("success_kpi", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "contracts", rows.move("success_contract", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "churns", rows.move("success_churn", survivorId, mergedId, actor)));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        return List.of(); // meeting attendees name contacts in an array; a merged contact stays named there
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("successPlans", rows.count("success_plan", companyId)),
                new HeldRecords("meetings", rows.count("success_meeting", companyId)),
                new HeldRecords("kpis", rows.count("success_kpi", companyId)),
                new HeldRecords("contracts", rows.count("success_contract", companyId)),
                new HeldRecords("churns", rows.count("success_churn", companyId)));
    }
}
