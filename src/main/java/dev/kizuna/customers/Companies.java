package dev.kizuna.customers;

import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers (companies and individuals): everyone signed in reads them; members and above create and change
 * them. Every change is audited with before and after values.
 */
@Service
@Transactional
public class Companies {

    static final String AUDIT_TYPE = "company";

    private final CompanyRepository companies;
    private final RequiredFields requiredFields;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Companies(CompanyRepository companies, RequiredFields requiredFields, AuditLog audit,
            ApplicationEventPublisher events) {
        this.companies = companies;
        this.requiredFields = requiredFields;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Company find(UUID id) {
        return companies.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<CompanySummary> list(CompanyFilter filter, PageQuery page) {
        return page.page(companies.list(filter, page.decodedCursor(2), page.fetchSize()),
                c -> CompanyRepository.cursorOf(c, filter));
    }

    /**
     * Existing customers that a new or changed one may duplicate (same phone, e-mail or reading, or a similar
     * name, ignoring 株式会社 and the like). Shown as a warning before saving; nothing is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.List<DuplicateCandidate> likelyDuplicates(CompanyDraft draft, UUID exceptId) {
        CustomerRules.Clean clean = CustomerRules.clean(draft);
        return companies.likelyDuplicates(clean.phone(), clean.email(), clean.nameKana(),
                CustomerRules.nameKey(clean.name()), exceptId, 5);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Company create(CompanyDraft draft) {
        return insert(draft);
    }

    /** Also used by sample data, where nobody is signed in. */
    Company insert(CompanyDraft draft) {
        CustomerRules.Clean clean = CustomerRules.clean(draft);
        verify(draft, clean, null);
        UUID id = Ids.newId();
        companies.insert(id, draft, clean, searchText(draft, clean), CurrentActor.idOrNull());
        Company created = find(id);
        audit.record("company.created", AUDIT_TYPE, id, null, created.audit());
        events.publishEvent(new CompanyCreated(id, created.kind(), created.name(), created.ownerId()));
        return created;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Company update(UUID id, long version, CompanyDraft draft) {
        Company before = find(id);
        CustomerRules.Clean clean = CustomerRules.clean(draft);
        verify(draft, clean, id);
        if (!companies.update(id, version, draft, clean, searchText(draft, clean), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Company after = find(id);
        audit.record("company.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    private void verify(CompanyDraft draft, CustomerRules.Clean clean, UUID id) {
        Check check = CustomerRules.check(draft, clean);
        requiredFields.check(check, draft);
        check.failIf(companies.corporateNumberTaken(clean.corporateNumber(), id), "corporateNumber", "Duplicate");
        check.verify();
    }

    private static String searchText(CompanyDraft d, CustomerRules.Clean c) {
        return CustomerRules.searchText(c.name(), c.nameKana(), c.phone() == null ? null : c.phoneDisplay(),
                c.email(), c.corporateNumber(), d.representative());
    }
}
