package dev.kizuna.sales;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.customers.ContactDraft;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.DuplicateCandidate;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads (見込客): received from the public inquiry form (nobody signed in), the API or typed in by members; each is
 * assigned as it arrives by the {@link AssignmentRule} (every candidate and why recorded); a manager may assign it
 * to someone else (recorded and audited); qualifying it makes a customer — or uses an existing one, after the
 * customer master's duplicate check — and a deal owned by the assigned rep.
 */
@Service
@Transactional
public class Leads {

    static final String AUDIT_TYPE = "lead";

    private final Pipelines pipelines;
    private final LeadRepository leads;
    private final LeadAssignment assignment;
    private final Companies companies;
    private final Contacts contacts;
    private final Deals deals;
    private final Users users;
    private final AuditLog audit;
    private final LeadNotices notices;

    Leads(LeadRepository leads, LeadAssignment assignment, Companies companies, Contacts contacts, Deals deals,
            Users users, AuditLog audit, Pipelines pipelines, LeadNotices notices) {
        this.notices = notices;
        this.pipelines = pipelines;
        this.leads = leads;
        this.assignment = assignment;
        this.companies = companies;
        this.contacts = contacts;
        this.deals = deals;
        this.users = users;
        this.audit = audit;
    }

    /** An inquiry from the public web form: no one is signed in; spam checks are the form's (see the controller). */
    public Lead receive(LeadDraft draft) {
        return insert(Lead.WEB_FORM, draft);
    }

    /** A lead typed in ({@code manual}) or sent through the API ({@code api}). */
    @PreAuthorize("hasRole('MEMBER')")
    public Lead create(String source, LeadDraft draft) {
        Check.of().oneOf("source", source, List.of(Lead.API, Lead.MANUAL)).verify();
        return insert(source, draft);
    }

    private Lead insert(String source, LeadDraft d) {
        LeadDraft clean = new LeadDraft(SalesText.clean(d.companyName()), SalesText.clean(d.personName()),
                SalesText.clean(d.email()), SalesText.clean(d.phone()), SalesText.paragraph(d.message()),
                SalesText.clean(d.leadSource()), d.budget(), d.pipelineId());
        Check.of().required("companyName", clean.companyName()).maxLength("companyName", clean.companyName(), 120)
                .maxLength("personName", clean.personName(), 60)
                .email("email", clean.email()).maxLength("email", clean.email(), 320)
                .maxLength("phone", clean.phone(), 30)
                .failIf(clean.email().isEmpty() && clean.phone().isEmpty(), "email", "EmailOrPhone")
                .maxLength("message", clean.message(), 5000)
                .maxLength("leadSource", clean.leadSource(), 60)
                .failIf(clean.budget() != null && clean.budget() < 0, "budget", "Yen")
                .failIf(clean.pipelineId() != null && pipelines.list(false).stream()
                        .noneMatch(p -> p.id().equals(clean.pipelineId())), "pipelineId", "UnknownId")
                .verify();
        UUID id = Ids.newId();
        leads.insert(id, source, clean, CurrentActor.idOrNull());
        UUID rep = assignment.assign(id);
        Lead created = leads.find(id).orElseThrow();
        audit.record("lead.created", AUDIT_TYPE, id, null, created);
        notices.assigned(rep, CurrentActor.idOrNull(), created);
        return created;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Lead find(UUID id) {
        return leads.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The newest leads, of one status ({@code new}, {@code qualified}, {@code disqualified}) or all (null). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Lead> list(String status, int limit) {
        Check.of().oneOf("filter[status]", status, List.of("new", "qualified", "disqualified")).verify();
        return leads.list(status, Math.min(limit, 200));
    }

    /** Every assignment of the lead, newest first, with the candidates and why. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Assignment> assignments(UUID leadId) {
        return leads.assignments(leadId);
    }

    /** A manager gives the lead to someone else; recorded with the manager's name and audited. */
    @PreAuthorize("hasRole('MANAGER')")
    public Lead reassign(UUID id, long version, UUID userId) {
        Lead before = find(id);
        Check.of().required("assignedTo", userId)
                .failIf(userId != null && !users.exists(userId), "assignedTo", "UnknownUser").verify();
        if (!leads.assign(id, version, userId, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        leads.recordAssignment(Ids.newId(), id, userId, List.of(), "sales.assignment.override", null,
                CurrentActor.idOrNull());
        Lead after = find(id);
        audit.record("lead.reassigned", AUDIT_TYPE, id, before.assignedTo(), after.assignedTo());
        if (!userId.equals(before.assignedTo())) {
            notices.assigned(userId, CurrentActor.idOrNull(), after);
        }
        return after;
    }

    /**
     * Qualifies the lead: a customer (the one given, or a new prospect — refused with the likely duplicates unless
     * {@code despiteDuplicates}) with the person as its contact, and a deal in the pipeline's first stage owned by
     * the assigned rep (or the caller).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Lead qualify(UUID id, long version, UUID existingCompanyId, UUID pipelineId, boolean despiteDuplicates) {
        Lead lead = find(id);
        Check.of().failIf(!"new".equals(lead.status()), "status", "LeadClosed").verify();
        UUID owner = lead.assignedTo() != null ? lead.assignedTo() : CurrentActor.required().actorId();
        Company company;
        if (existingCompanyId != null) {
            company = companies.find(existingCompanyId);
        } else {
            CompanyDraft draft = new CompanyDraft(CompanyKind.COMPANY, lead.companyName(), null, null, null, null,
                    null, null, null, blank(lead.phone()), blank(lead.email()), null, null, null, null, null,
                    blank(lead.leadSource()), owner, List.of(), CompanyStatus.PROSPECT, null, false, false, false,
                    Map.of());
            List<DuplicateCandidate> duplicates = companies.likelyDuplicates(draft, null);
            if (!duplicates.isEmpty() && !despiteDuplicates) {
                throw new RuleViolationException(FieldProblem.of("companyId", "LikelyDuplicate",
                        String.join("、", duplicates.stream().map(DuplicateCandidate::name).toList())));
            }
            company = companies.create(draft);
            if (!lead.personName().isEmpty()) {
                contacts.create(new ContactDraft(company.id(), lead.personName(), null, null, null, blank(lead.phone()),
                        null, blank(lead.email()), null, true));
            }
        }
        Deal deal = deals.create(new DealDraft(lead.companyName() + " お問い合わせ", company.id(), null,
                pipelineId != null ? pipelineId : lead.pipelineId(), null,
                null, null, owner, lead.leadSource().isEmpty() ? sourceLabel(lead.source()) : lead.leadSource(),
                lead.budget(), lead.message(), "", null, null, "", Map.of()));
        if (!leads.close(id, version, "qualified", company.id(), deal.id(), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Lead after = find(id);
        audit.record("lead.qualified", AUDIT_TYPE, id, lead, after);
        return after;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Lead disqualify(UUID id, long version) {
        Lead before = find(id);
        if (!leads.close(id, version, "disqualified", null, null, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Lead after = find(id);
        audit.record("lead.disqualified", AUDIT_TYPE, id, before, after);
        return after;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssignmentRule rule() {
        return leads.rule();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AssignmentRule changeRule(UUID roleId, Integer minComplianceScore, long version) {
        AssignmentRule before = rule();
        Check.of().required("minComplianceScore", minComplianceScore)
                .failIf(minComplianceScore != null && (minComplianceScore < 0 || minComplianceScore > 100),
                        "minComplianceScore", "Range", 0, 100).verify();
        if (!leads.changeRule(roleId, minComplianceScore, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException("sales-setting", 1);
        }
        AssignmentRule after = rule();
        audit.record("assignment-rule.updated", "sales-setting", 1, before, after);
        return after;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String sourceLabel(String source) {
        return switch (source) {
            case Lead.WEB_FORM -> "Webフォーム";
            case Lead.API -> "API";
            default -> "手入力";
        };
    }
}
