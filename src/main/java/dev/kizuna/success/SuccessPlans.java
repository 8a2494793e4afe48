package dev.kizuna.success;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Success plans: everyone reads them; members make a plan for a customer from a template (its phases and checklist
 * items are copied in) and change its go-live date, owner and meeting cadence. Moving the go-live date moves every
 * checklist item and planned meeting with it and answers how many moved ({@link GoLiveMove}).
 */
@Service
@Transactional
public class SuccessPlans {

    static final String AUDIT_TYPE = "successPlan";

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final TemplateRepository templates;
    private final PlanMeetingDates meetingDates;
    private final PlanPlaybooks playbooks;
    private final ContractRepository contracts;
    private final Companies companies;
    private final Users users;
    private final Roles roles;
    private final SuccessClock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SuccessPlans(PlanRepository plans, PlanItemRepository items, TemplateRepository templates,
            PlanMeetingDates meetingDates, PlanPlaybooks playbooks, ContractRepository contracts, Companies companies, Users users,
            Roles roles, SuccessClock clock, AuditLog audit, ApplicationEventPublisher events) {
        this.plans = plans;
        this.items = items;
        this.templates = templates;
        this.meetingDates = meetingDates;
        this.playbooks = playbooks;
        this.contracts = contracts;
        this.companies = companies;
        this.users = users;
        this.roles = roles;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    public LocalDate today() {
        return clock.today();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SuccessPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SuccessPlan> ofCompany(UUID companyId) {
        return plans.ofCompany(companyId);
    }

    /** Makes the customer's plan from a template; the proposed review meetings come with it. */
    @PreAuthorize("hasRole('MEMBER')")
    public SuccessPlan create(PlanDraft draft) {
        PlanDraft clean = verify(draft, null);
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        plans.insert(id, clean, actor);
        items.copyFromTemplate(id, clean.templateId(), clean.ownerUserId(), actor);
        playbooks.start(id, clean.companyId(), clean.templateId(), clean.goLiveOn());
        meetingDates.proposeReviews(id, clean.companyId(), clean.goLiveOn(), actor);
        meetingDates.proposeRegular(id, clean.companyId(), clean.meetingCadence(), clean.goLiveOn(),
                laterOf(clean.goLiveOn(), clock.today()), actor);
        SuccessPlan created = find(id);
        audit.record("successPlan.created", AUDIT_TYPE, id, null, auditView(created));
        events.publishEvent(new SuccessPlanCreated(id, created.companyId(), created.goLiveOn()));
        return created;
    }

    /** Changes the plan; a new go-live date moves every dated item, and the answer says how many. */
    @PreAuthorize("hasRole('MEMBER')")
    public Update update(UUID id, long version, PlanDraft draft) {
        SuccessPlan before = find(id);
        PlanDraft clean = verify(new PlanDraft(before.companyId(), before.templateId(), draft.goLiveOn(),
                draft.ownerUserId(), draft.ownerRoleId(), draft.meetingCadence()), before);
        UUID actor = CurrentActor.idOrNull();
        if (!plans.update(id, version, clean, actor)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        long days = GoLiveMove.daysBetween(before.goLiveOn(), clean.goLiveOn());
        int meetings = days == 0 ? 0 : meetingDates.move(id, before.goLiveOn(), clean.goLiveOn(), actor);
        if (days != 0 || !before.meetingCadence().equals(clean.meetingCadence())) {
            meetingDates.proposeRegular(id, before.companyId(), clean.meetingCadence(), clean.goLiveOn(),
                    laterOf(clean.goLiveOn(), clock.today()), actor);
        }
        GoLiveMove move = new GoLiveMove(before.goLiveOn(), clean.goLiveOn(), days, days == 0 ? 0 : items.count(id),
                meetings);
        SuccessPlan after = find(id);
        audit.record("successPlan.updated", AUDIT_TYPE, id, auditView(before), move.moved()
                ? Map.of("plan", auditView(after), "moved", move) : auditView(after));
        if (move.moved()) {
            playbooks.goLiveMoved(id, clean.goLiveOn());
            events.publishEvent(new GoLiveMoved(id, after.companyId(), move.from(), move.to(), days, move.items(),
                    meetings));
        }
        return new Update(after, move);
    }

    /** The id of the playbook run that drives the plan's checklist (empty for a plan made before they did). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UUID> playbookRun(UUID id) {
        find(id);
        return plans.runOf(id);
    }

    /** The plan after a change and what a go-live move did ({@code moved()} false when the date stayed). */
    public record Update(SuccessPlan plan, GoLiveMove move) {
    }

    private PlanDraft verify(PlanDraft d, SuccessPlan existing) {
        String cadence = d.meetingCadence() == null || d.meetingCadence().isBlank()
                ? existing == null ? "none" : existing.meetingCadence() : d.meetingCadence();
        LocalDate goLive = d.goLiveOn() == null && existing != null ? existing.goLiveOn() : d.goLiveOn();
        boolean knownCompany = d.companyId() != null && companies.findOrNull(d.companyId()) != null;
        LocalDate contractStart = knownCompany ? contracts.earliestStart(d.companyId()).orElse(null) : null;
        Check.of()
                .required("companyId", d.companyId())
                .failIf(d.companyId() != null && !knownCompany, "companyId", "UnknownId")
                .failIf(existing == null && knownCompany && plans.companyHasPlan(d.companyId()), "companyId",
                        "SuccessPlanExists")
                .required("templateId", d.templateId())
                .failIf(d.templateId() != null && templates.find(d.templateId()).isEmpty(), "templateId", "UnknownId")
                .required("goLiveOn", goLive)
                .failIf(goLive != null && (goLive.getYear() < 2000 || goLive.getYear() > 2100), "goLiveOn",
                        "SuccessDateRange")
                .failIf(goLive != null && contractStart != null && goLive.isBefore(contractStart), "goLiveOn",
                        "SuccessGoLiveBeforeContract")
                .failIf(d.ownerUserId() != null && !users.exists(d.ownerUserId()), "ownerUserId", "UnknownUser")
                .failIf(d.ownerRoleId() != null && roles.list(false).stream().noneMatch(r -> r.id()
                        .equals(d.ownerRoleId())), "ownerRoleId", "UnknownRole")
                .oneOf("meetingCadence", cadence, SuccessPlan.CADENCES)
                .verify();
        return new PlanDraft(d.companyId(), d.templateId(), goLive, d.ownerUserId(), d.ownerRoleId(), cadence);
    }

    private static Map<String, Object> auditView(SuccessPlan p) {
        return Map.of("companyId", p.companyId(), "goLiveOn", p.goLiveOn(), "template", p.templateName(),
                "ownerUserId", String.valueOf(p.ownerUserId()), "ownerRoleId", String.valueOf(p.ownerRoleId()),
                "meetingCadence", p.meetingCadence());
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
