package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers (companies and individuals): everyone signed in reads them; members and above create and change
 * them; managers and above delete them. Every change is audited with before and after values.
 */
@Service
@Transactional
public class Companies {

    static final String AUDIT_TYPE = "company";
    /** The most records one bulk call creates, changes or deletes. */
    public static final int BULK_MAX = 1_000;
    /** Counts stop here; a list shows "10,000+". */
    public static final int COUNT_CAP = 10_000;

    private final CompanyRepository companies;
    private final RequiredFields requiredFields;
    private final CustomFields customFields;
    private final Users users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final RecordsAboutCustomers records;

    Companies(CompanyRepository companies, RequiredFields requiredFields, CustomFields customFields, Users users,
            AuditLog audit, ApplicationEventPublisher events, JsonMapper json, RecordsAboutCustomers records) {
        this.records = records;
        this.companies = companies;
        this.requiredFields = requiredFields;
        this.customFields = customFields;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Company find(UUID id) {
        return companies.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The customer, or null when there is none with that id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Company findOrNull(UUID id) {
        return companies.find(id).orElse(null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Company> list(CompanyFilter filter, PageQuery page) {
        CompanyQuery query = query();
        int cursorSize = query.order(filter.sort(), filter.desc()).cursorSize();
        return page.page(companies.list(query, filter, page.decodedCursor(cursorSize), page.fetchSize()),
                CompanyRepository.Listed::cursor).map(CompanyRepository.Listed::company);
    }

    /** How many customers the filter matches, up to {@link #COUNT_CAP}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(CompanyFilter filter) {
        return companies.count(query(), filter, COUNT_CAP + 1);
    }

    /** Every field the customers list can filter by, sort by or show: built-in, then active custom fields. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ListField> listFields() {
        return CompanyQuery.fields(customFields.active("company"));
    }

    /** The names {@code sort} accepts, given the list's fields (from {@link #listFields()}, read once per page). */
    public static List<String> sorts(List<ListField> fields) {
        return CompanyQuery.sorts(fields.stream().filter(ListField::isCustom).map(ListField::custom).toList());
    }

    private CompanyQuery query() {
        return new CompanyQuery(customFields.active("company"), requiredFields::incompleteCondition, json);
    }

    /**
     * Existing customers that a new or changed one may duplicate (same phone, e-mail or reading, or a similar
     * name, ignoring 株式会社 and the like). Shown as a warning before saving; nothing is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> likelyDuplicates(CompanyDraft draft, UUID exceptId) {
        CustomerRules.lengths(draft).verify();
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
        return insert(draft, "");
    }

    /** {@code fieldPrefix} names the fields of a bulk item in rule breaks ({@code items[3].}). */
    private Company insert(CompanyDraft draft, String fieldPrefix) {
        CustomerRules.Clean clean = verify(draft, null, fieldPrefix);
        UUID id = Ids.newId();
        companies.insert(id, draft, clean, searchText(draft, clean), CurrentActor.idOrNull());
        Company created = find(id);
        audit.record("company.created", AUDIT_TYPE, id, null, created.audit());
        events.publishEvent(new CompanyCreated(id, created.kind(), created.name(), created.ownerId()));
        return created;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Company update(UUID id, long version, CompanyDraft draft) {
        return change(id, version, draft, "");
    }

    private Company change(UUID id, long version, CompanyDraft draft, String fieldPrefix) {
        Company before = find(id);
        CustomerRules.Clean clean = verify(draft, before, fieldPrefix);
        if (!companies.update(id, version, draft, clean, searchText(draft, clean), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Company after = find(id);
        audit.record("company.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        var changed = CompanyUpdated.changed(before, after);
        if (!changed.isEmpty()) {
            events.publishEvent(new CompanyUpdated(id, changed));
        }
        return after;
    }

    /** One item of a bulk call: a new customer (no id) or a change to one (id and version). */
    public record BulkItem(UUID id, Long version, CompanyDraft draft) {
    }

    /**
     * Creates and changes up to {@link #BULK_MAX} customers in one transaction: all or nothing. Rule breaks are
     * reported together, each field named {@code items[i].field}; a stale version is a 409 for the whole call.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public List<Company> bulkSave(List<BulkItem> items) {
        if (items.isEmpty() || items.size() > BULK_MAX) {
            throw new RuleViolationException(FieldProblem.of("items", "Range", 1, BULK_MAX));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Company> saved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            String prefix = "items[" + i + "].";
            try {
                if (item.id() == null) {
                    saved.add(insert(item.draft(), prefix));
                } else {
                    if (item.version() == null) {
                        throw new RuleViolationException(FieldProblem.of(prefix + "version", "NotNull"));
                    }
                    saved.add(change(item.id(), item.version(), item.draft(), prefix));
                }
            } catch (RuleViolationException e) {
                problems.addAll(e.problems());
            } catch (NotFoundException e) {
                problems.add(FieldProblem.of(prefix + "id", "UnknownId"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return saved;
    }

    /** Makes one user the owner of the customers (担当者の一括変更). */
    @PreAuthorize("hasRole('MEMBER')")
    public int assignOwner(Collection<UUID> ids, UUID ownerId) {
        checkBulk(ids);
        Check.of().required("ownerId", ownerId)
                .failIf(ownerId != null && !users.exists(ownerId), "ownerId", "UnknownUser").verify();
        return eachExisting(ids, before -> {
            if (!ownerId.equals(before.ownerId())) {
                companies.setOwner(before.id(), ownerId, CurrentActor.idOrNull());
                audit.record("company.updated", AUDIT_TYPE, before.id(), before.audit(), find(before.id()).audit());
            }
        });
    }

    /** Adds a tag to the customers. */
    @PreAuthorize("hasRole('MEMBER')")
    public int addTag(Collection<UUID> ids, String tag) {
        checkBulk(ids);
        String clean = CustomerRules.folded(tag);
        Check.of().required("tag", clean).maxLength("tag", clean, 40).verify();
        return eachExisting(ids, before -> {
            if (!before.tags().contains(clean)) {
                companies.addTag(before.id(), clean, CurrentActor.idOrNull());
                audit.record("company.updated", AUDIT_TYPE, before.id(), before.audit(), find(before.id()).audit());
            }
        });
    }

    /** The business records that keep the customer from being deleted ({@link #delete}); empty when none do. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HeldRecords> holding(UUID id) {
        return records.holding(id);
    }

    /**
     * Deletes the customers with their contacts. The audit log keeps each record as it was; later modules are told
     * through {@link CompanyDeleted} in the same transaction.
     *
     * @throws dev.kizuna.platform.api.RecordInUseException when any of them has business records (orders, deals,
     *         quotes, playbook runs … see {@link CustomerRecords#holding}): nothing is deleted, each such customer is
     *         named with what holds it; set its status to FORMER instead
     */
    @PreAuthorize("hasRole('MANAGER')")
    public int delete(Collection<UUID> ids) {
        checkBulk(ids);
        records.refuseIfHeld(ids.stream().distinct().map(companies::find).flatMap(java.util.Optional::stream).toList());
        return eachExisting(ids, before -> {
            events.publishEvent(new CompanyDeleted(before.id(), before.name()));
            companies.delete(before.id());
            audit.record("company.deleted", AUDIT_TYPE, before.id(), before.audit(), null);
        });
    }

    private int eachExisting(Collection<UUID> ids, java.util.function.Consumer<Company> action) {
        int done = 0;
        for (UUID id : ids.stream().distinct().toList()) {
            var company = companies.find(id);
            if (company.isPresent()) {
                action.accept(company.get());
                done++;
            }
        }
        return done;
    }

    private static void checkBulk(Collection<UUID> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > BULK_MAX) {
            throw new RuleViolationException(FieldProblem.of("ids", "Range", 1, BULK_MAX));
        }
    }

    private CustomerRules.Clean verify(CompanyDraft draft, Company before, String prefix) {
        CustomerRules.Clean clean = CustomerRules.clean(draft);
        Check check = CustomerRules.check(draft, clean);
        requiredFields.check(check, draft);
        check.failIf(companies.corporateNumberTaken(clean.corporateNumber(), before == null ? null : before.id()),
                "corporateNumber", "Duplicate");
        check.failIf(draft.ownerId() != null && !users.exists(draft.ownerId()), "ownerId", "UnknownUser");
        var custom = CustomValues.clean(customFields.active("company"), draft.customFields(),
                before == null ? null : before.customFields(), check, users::exists);
        try {
            check.verify();
        } catch (RuleViolationException e) {
            throw prefix.isEmpty() ? e : new RuleViolationException(e.problems().stream()
                    .map(p -> new FieldProblem(prefix + p.field(), p.code(), p.arguments())).toList());
        }
        return clean.withCustomFields(custom);
    }

    private static String searchText(CompanyDraft d, CustomerRules.Clean c) {
        return CustomerRules.searchText(c.name(), c.nameKana(), c.phone() == null ? null : c.phoneDisplay(),
                c.email(), c.corporateNumber(), d.representative());
    }
}
