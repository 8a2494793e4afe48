package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Churn (解約) and the churn interview: members record a contract's churn with its reason and interview, and edit
 * the interview later; administrators add reasons to the list. Everyone reads them.
 */
@Service
@Transactional
public class Churns {

    static final String AUDIT_TYPE = "churn";

    private final ChurnRepository churns;
    private final ContractRepository contracts;
    private final Contracts contractFacade;
    private final AuditLog audit;

    Churns(ChurnRepository churns, ContractRepository contracts, Contracts contractFacade, AuditLog audit) {
        this.churns = churns;
        this.contracts = contracts;
        this.contractFacade = contractFacade;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Churn find(UUID id) {
        return churns.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Churn> list(UUID companyId, PageQuery page) {
        Cursor after = page.decodedCursor(ChurnRepository.ORDER.cursorSize());
        return page.page(churns.page(companyId, after, page.fetchSize()),
                c -> Cursor.of(c.churnedOn().toString(), c.id()));
    }

    /** The contract's churn, when it has churned (a contract churns once). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Churn> ofContract(UUID contractId) {
        return churns.ofContract(contractId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChurnReason> reasons() {
        return churns.reasons();
    }

    /** The contract churns on the day; the interview may follow later. */
    @PreAuthorize("hasRole('MEMBER')")
    public Churn record(UUID contractId, long contractVersion, LocalDate churnedOn, UUID reasonId, Interview interview) {
        Check.of().required("contractId", contractId).verify();
        Contract contract = contractFacade.find(contractId);
        Interview clean = verify(interview, reasonId);
        Check.of().required("churnedOn", churnedOn)
                .failIf(churnedOn != null && churnedOn.isBefore(contract.startsOn()), "churnedOn",
                        "SuccessBeforeContractStart")
                .failIf(!"active".equals(contract.status()), "contractId", "SuccessContractChurned").verify();
        if (!contracts.markChurned(contractId, contractVersion, CurrentActor.idOrNull())) {
            throw new StaleVersionException(Contracts.AUDIT_TYPE, contractId);
        }
        Churn churn = new Churn(Ids.newId(), contractId, contract.companyId(), null, churnedOn, reasonId,
                null, clean.questions(), clean.answers(), clean.cause(), clean.improvement(), 0);
        churns.insert(churn, CurrentActor.idOrNull());
        Churn saved = find(churn.id());
        audit.record("contract.churned", AUDIT_TYPE, churn.id(), null, Map.of("contractId", contractId,
                "churnedOn", churnedOn, "reason", saved.reasonName()));
        return saved;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Churn updateInterview(UUID id, long version, UUID reasonId, Interview interview) {
        Churn before = find(id);
        Interview clean = verify(interview, reasonId == null ? before.reasonId() : reasonId);
        Churn next = new Churn(id, before.contractId(), before.companyId(), null, before.churnedOn(),
                reasonId == null ? before.reasonId() : reasonId, null, clean.questions(), clean.answers(),
                clean.cause(), clean.improvement(), version);
        if (!churns.updateInterview(id, version, next, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Churn after = find(id);
        audit.record("churn.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ChurnReason addReason(String name) {
        String clean = name == null ? null : name.strip();
        Check.of().required("name", clean).maxLength("name", clean, 80)
                .failIf(clean != null && !clean.isBlank() && churns.reasonNameTaken(clean), "name", "Duplicate")
                .verify();
        UUID id = Ids.newId();
        churns.addReason(id, clean);
        audit.record("churnReason.created", "churnReason", id, null, Map.of("name", clean));
        return churns.reasons().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The interview: questions asked, answers, the cause as we understand it, what we will change. */
    public record Interview(String questions, String answers, String cause, String improvement) {
    }

    private Interview verify(Interview i, UUID reasonId) {
        Interview v = i == null ? new Interview("", "", "", "") : i;
        Interview clean = new Interview(strip(v.questions()), strip(v.answers()), strip(v.cause()),
                strip(v.improvement()));
        Check.of().required("reasonId", reasonId)
                .failIf(reasonId != null && churns.reasons().stream().noneMatch(r -> r.id().equals(reasonId)
                        && !r.retired()), "reasonId", "UnknownId")
                .maxLength("questions", clean.questions(), 5000).maxLength("answers", clean.answers(), 10_000)
                .maxLength("cause", clean.cause(), 5000).maxLength("improvement", clean.improvement(), 5000)
                .verify();
        return clean;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
