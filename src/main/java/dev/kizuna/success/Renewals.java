package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewals (契約更新): the contracts whose term ends in the next 30, 60 or 90 days with who handles each; members
 * record a renewal, which runs the term on and counts as early when decided at least N days before its end (N an
 * administrator's setting, {@link #earlyRenewalDays}).
 */
@Service
@Transactional
public class Renewals {

    public static final List<Integer> WINDOWS = List.of(30, 60, 90);

    private final ContractRepository contracts;
    private final Contracts contractFacade;
    private final SettingsRepository settings;
    private final SuccessClock clock;
    private final AuditLog audit;

    Renewals(ContractRepository contracts, Contracts contractFacade, SettingsRepository settings, SuccessClock clock,
            AuditLog audit) {
        this.contracts = contracts;
        this.contractFacade = contractFacade;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /** Active contracts ending from today to {@code withinDays} ahead, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Contract> due(int withinDays, UUID ownerUserId, PageQuery page) {
        Check.of().failIf(!WINDOWS.contains(withinDays), "withinDays", "OneOf", "30, 60, 90").verify();
        LocalDate today = clock.today();
        Cursor after = page.decodedCursor(ContractRepository.RENEWAL_ORDER.cursorSize());
        return page.page(contracts.endingBetween(today, today.plusDays(withinDays), ownerUserId, after,
                page.fetchSize()), c -> Cursor.of(c.endsOn().toString(), c.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Renewal renew(UUID contractId, long version, LocalDate decidedOn, LocalDate newEndsOn) {
        Check.of().required("contractId", contractId).verify();
        Contract before = contractFacade.find(contractId);
        LocalDate decided = decidedOn == null ? clock.today() : decidedOn;
        Check.of().required("newEndsOn", newEndsOn)
                .failIf(newEndsOn != null && !newEndsOn.isAfter(before.endsOn()), "newEndsOn", "SuccessRenewalEnd")
                .failIf(decided.isBefore(before.startsOn()), "decidedOn", "SuccessBeforeContractStart")
                .failIf(!"active".equals(before.status()), "contractId", "SuccessContractChurned")
                .verify();
        ContractDraft next = new ContractDraft(before.companyId(), before.planName(), before.amount(),
                before.billing(), before.startsOn(), newEndsOn, before.autoRenew(), before.noticeDays(),
                before.renewalOwnerUserId());
        if (!contracts.update(contractId, version, next, CurrentActor.idOrNull())) {
            throw new StaleVersionException(Contracts.AUDIT_TYPE, contractId);
        }
        boolean early = new RenewalRule(settings.earlyRenewalDays()).early(decided, before.endsOn());
        Renewal renewal = new Renewal(Ids.newId(), contractId, decided, before.endsOn(), newEndsOn, early);
        contracts.addRenewal(renewal.id(), renewal, CurrentActor.idOrNull());
        audit.record("contract.renewed", Contracts.AUDIT_TYPE, contractId, Map.of("endsOn", before.endsOn()),
                Map.of("endsOn", newEndsOn, "decidedOn", decided, "early", early));
        return renewal;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int earlyRenewalDays() {
        return settings.earlyRenewalDays();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int earlyRenewalDays(Integer days) {
        int before = settings.earlyRenewalDays();
        Check.of().required("earlyRenewalDays", days)
                .failIf(days != null && (days < 0 || days > 365), "earlyRenewalDays", "Range", 0, 365).verify();
        settings.earlyRenewalDays(days);
        audit.record("successSettings.updated", "successSettings", null, Map.of("earlyRenewalDays", before),
                Map.of("earlyRenewalDays", days));
        return days;
    }
}
