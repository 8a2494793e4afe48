package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts (契約) of customer success: everyone reads them; members add them, change their terms and change their
 * plan — every plan change kept with the amounts before and after and the reason (契約プラン変更履歴).
 */
@Service
@Transactional
public class Contracts {

    static final String AUDIT_TYPE = "contract";
    static final long MAX_AMOUNT = 100_000_000_000L;

    private final ContractRepository contracts;
    private final PlanRepository plans;
    private final Companies companies;
    private final Users users;
    private final AuditLog audit;

    Contracts(ContractRepository contracts, PlanRepository plans, Companies companies, Users users, AuditLog audit) {
        this.contracts = contracts;
        this.plans = plans;
        this.companies = companies;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Contract find(UUID id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contract> ofCompany(UUID companyId) {
        return contracts.ofCompany(companyId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContractChange> changes(UUID id) {
        find(id);
        return contracts.changes(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Renewal> renewals(UUID id) {
        find(id);
        return contracts.renewals(id);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Contract create(ContractDraft draft) {
        ContractDraft clean = verify(draft, true);
        UUID id = Ids.newId();
        contracts.insert(id, clean, CurrentActor.idOrNull());
        Contract created = find(id);
        audit.record("contract.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Changes the terms (dates, auto-renewal, notice, renewal owner); plan and amount change through a plan change. */
    @PreAuthorize("hasRole('MEMBER')")
    public Contract update(UUID id, long version, ContractDraft draft) {
        Contract before = find(id);
        ContractDraft clean = verify(new ContractDraft(before.companyId(), before.planName(), before.amount(),
                before.billing(), draft.startsOn(), draft.endsOn(), draft.autoRenew(), draft.noticeDays(),
                draft.renewalOwnerUserId()), false);
        if (!contracts.update(id, version, clean, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Contract after = find(id);
        audit.record("contract.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** Changes the plan and amount, keeping the change (from → to, day, amounts, reason) in the history. */
    @PreAuthorize("hasRole('MEMBER')")
    public Contract changePlan(UUID id, long version, String toPlan, Long amountAfter, LocalDate changedOn,
            String reason) {
        Contract before = find(id);
        String plan = toPlan == null ? null : toPlan.strip();
        String why = reason == null ? "" : reason.strip();
        Check.of().required("toPlan", plan).maxLength("toPlan", plan, 120)
                .required("amountAfter", amountAfter)
                .failIf(amountAfter != null && (amountAfter < 0 || amountAfter > MAX_AMOUNT), "amountAfter", "Range",
                        0, MAX_AMOUNT)
                .required("changedOn", changedOn)
                .failIf(changedOn != null && changedOn.isBefore(before.startsOn()), "changedOn",
                        "SuccessBeforeContractStart")
                .maxLength("reason", why, 2000)
                .failIf(!"active".equals(before.status()), "status", "SuccessContractChurned")
                .verify();
        ContractDraft next = new ContractDraft(before.companyId(), plan, amountAfter, before.billing(),
                before.startsOn(), before.endsOn(), before.autoRenew(), before.noticeDays(),
                before.renewalOwnerUserId());
        if (!contracts.update(id, version, next, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        ContractChange change = new ContractChange(null, id, changedOn, before.planName(), plan, before.amount(),
                amountAfter, why);
        contracts.addChange(id, change, CurrentActor.idOrNull());
        Contract after = find(id);
        audit.record("contract.planChanged", AUDIT_TYPE, id, Map.of("plan", before.planName(), "amount",
                before.amount()), Map.of("plan", plan, "amount", amountAfter, "reason", why));
        return after;
    }

    private ContractDraft verify(ContractDraft d, boolean creating) {
        String plan = d.planName() == null ? null : d.planName().strip();
        boolean knownCompany = d.companyId() != null && companies.findOrNull(d.companyId()) != null;
        LocalDate goLive = knownCompany ? plans.ofCompany(d.companyId()).map(SuccessPlan::goLiveOn).orElse(null)
                : null;
        Check.of()
                .required("companyId", d.companyId())
                .failIf(d.companyId() != null && !knownCompany, "companyId", "UnknownId")
                .required("planName", plan).maxLength("planName", plan, 120)
                .required("amount", d.amount())
                .failIf(d.amount() != null && (d.amount() < 0 || d.amount() > MAX_AMOUNT), "amount", "Range", 0,
                        MAX_AMOUNT)
                .required("billing", d.billing()).oneOf("billing", d.billing(), Contract.BILLINGS)
                .required("startsOn", d.startsOn())
                .required("endsOn", d.endsOn())
                .failIf(d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn()), "endsOn",
                        "SuccessEndBeforeStart")
                .failIf(creating && goLive != null && d.startsOn() != null && goLive.isBefore(d.startsOn()),
                        "startsOn", "SuccessContractAfterGoLive")
                .failIf(d.noticeDays() != null && (d.noticeDays() < 0 || d.noticeDays() > 365), "noticeDays", "Range",
                        0, 365)
                .failIf(d.renewalOwnerUserId() != null && !users.exists(d.renewalOwnerUserId()), "renewalOwnerUserId",
                        "UnknownUser")
                .verify();
        return new ContractDraft(d.companyId(), plan, d.amount(), d.billing(), d.startsOn(), d.endsOn(),
                Boolean.TRUE.equals(d.autoRenew()), d.noticeDays() == null ? 30 : d.noticeDays(),
                d.renewalOwnerUserId());
    }
}
