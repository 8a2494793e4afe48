package dev.kizuna.customers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * Duplicates (重複候補) and merging them: everyone signed in sees the pairs that look alike; managers and above
 * merge two customers or two contacts, choosing field by field which record's value the survivor keeps. The
 * merged record's related rows move to the survivor, every other module moves its own through its
 * {@link CustomerRecords} in the same transaction, and the merged record is deleted. One audit entry on the survivor keeps both records
 * as they were, what moved and the result, so a merge can be traced and, by hand, undone.
 */
@Service
@Transactional
public class CustomerMerge {

    /** Take the survivor's value (the default). */
    public static final String KEEP = "keep";
    /** Take the merged record's value. */
    public static final String MERGE = "merge";
    /** The fields of a customer merge; {@code address} is postal code and address together. Tags are united. */
    public static final List<String> COMPANY_FIELDS = List.of("name", "nameKana", "corporateNumber", "address",
            "phone", "email", "website", "representative", "industry", "employeeCount", "annualRevenue", "leadSource",
            "ownerId", "status", "birthday");
    /** The fields of a contact merge; {@code companyId} chooses which customer the survivor works at. */
    public static final List<String> CONTACT_FIELDS = List.of("name", "nameKana", "companyId", "department", "title",
            "phone", "mobile", "email", "notes", "primary");

    private final Companies companies;
    private final Contacts contacts;
    private final DuplicatePairRepository pairs;
    private final MergeRepository merges;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CustomFields customFields;
    private final RecordsAboutCustomers records;

    CustomerMerge(Companies companies, Contacts contacts, DuplicatePairRepository pairs, MergeRepository merges,
            AuditLog audit, ApplicationEventPublisher events, CustomFields customFields, RecordsAboutCustomers records) {
        this.customFields = customFields;
        this.records = records;
        this.companies = companies;
        this.contacts = contacts;
        this.pairs = pairs;
        this.merges = merges;
        this.audit = audit;
        this.events = events;
    }

    /** The fields of a customer merge: {@link #COMPANY_FIELDS} and each active custom field's name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> companyFields() {
        List<String> fields = new java.util.ArrayList<>(COMPANY_FIELDS);
        customFields.active("company").forEach(f -> fields.add(f.name()));
        return fields;
    }

    /** The fields of a contact merge: {@link #CONTACT_FIELDS} and each active contact custom field's name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> contactFields() {
        List<String> fields = new java.util.ArrayList<>(CONTACT_FIELDS);
        customFields.active("contact").forEach(f -> fields.add(f.name()));
        return fields;
    }

    /** Customers sharing a phone number, an e-mail address or a furigana reading, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<DuplicatePair> companyPairs(PageQuery page) {
        return page.page(pairs.companies(page.decodedCursor(2), page.fetchSize()), DuplicatePairRepository::cursorOf);
    }

    /** Contacts sharing an e-mail address or a phone number (phone or mobile), at one customer or two, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<DuplicatePair> contactPairs(PageQuery page) {
        return page.page(pairs.contacts(page.decodedCursor(2), page.fetchSize()), DuplicatePairRepository::cursorOf);
    }

    /**
     * Merges customer {@code mergeId} into {@code keepId}: the survivor takes, for each of {@link #COMPANY_FIELDS},
     * the value of the side named in {@code take} ({@link #KEEP} when absent) and the tags of both; the merged
     * customer's contacts and contact histories move to it, and every module's records of it (deals, quotes,
     * orders with their payments, tasks, playbook runs, target-list places, leads, activities …) through their
     * {@link CustomerRecords}, in this transaction; the merged customer is deleted.
     *
     * @return the survivor as it now is and what moved, by module and kind (also in the audit entry)
     *
     * @throws StaleVersionException when either record is not at the version given
     * @throws dev.kizuna.platform.api.RuleViolationException for a merge with itself, an unknown field or side,
     *                                                        or a result that breaks a customer rule
     */
    @PreAuthorize("hasRole('MANAGER')")
    public MergeResult<Company> mergeCompanies(UUID keepId, long keepVersion, UUID mergeId, long mergeVersion,
            Map<String, String> take) {
        MergeChoice choice = MergeChoice.parse(take, companyFields());
        Company keep = companies.find(keepId);
        Company merge = findOther(keepId, mergeId, () -> companies.find(mergeId));
        requireVersions(Companies.AUDIT_TYPE, keep.id(), keep.version(), keepVersion, merge.id(), merge.version(),
                mergeVersion);
        List<UUID> moved = merges.moveContacts(mergeId, keepId, CurrentActor.idOrNull());
        int repointed = merges.repointCompanyMoves(mergeId, keepId);
        List<MovedRecords> elsewhere = records.companiesMerged(keepId, mergeId);
        events.publishEvent(new CompaniesMerged(keepId, mergeId));
        if (!merges.deleteCompany(mergeId, mergeVersion)) {
            throw new StaleVersionException(Companies.AUDIT_TYPE, mergeId);
        }
        // The merged customer is gone before the survivor changes, so its corporate number is free to take.
        Company after = companies.update(keepId, keepVersion, MergeChoice.company(keep, merge, choice));
        audit.record("company.merged", Companies.AUDIT_TYPE, keepId, new CompanyMergeBefore(keep, merge),
                new CompanyMergeAfter(after, mergeId, choice.fromMerged(), moved, repointed, elsewhere));
        audit.record("company.mergedInto", Companies.AUDIT_TYPE, mergeId, merge, new MergedInto(keepId));
        List<MovedRecords> all = new java.util.ArrayList<>();
        all.add(MovedRecords.of("customers", "contacts", moved));
        all.addAll(elsewhere);
        return new MergeResult<>(after, List.copyOf(all));
    }

    /**
     * Merges contact {@code mergeId} into {@code keepId}: the survivor takes, for each of {@link #CONTACT_FIELDS},
     * the value of the side named in {@code take} ({@link #KEEP} when absent); the merged contact's history of
     * moves becomes the survivor's, and every module's records of it move through their {@link CustomerRecords}
     * (deals, activities …) in this transaction; the merged contact is deleted.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public MergeResult<Contact> mergeContacts(UUID keepId, long keepVersion, UUID mergeId, long mergeVersion,
            Map<String, String> take) {
        MergeChoice choice = MergeChoice.parse(take, contactFields());
        Contact keep = contacts.find(keepId);
        Contact merge = findOther(keepId, mergeId, () -> contacts.find(mergeId));
        requireVersions(Contacts.AUDIT_TYPE, keep.id(), keep.version(), keepVersion, merge.id(), merge.version(),
                mergeVersion);
        int repointed = merges.repointContactMoves(mergeId, keepId);
        List<MovedRecords> elsewhere = records.contactsMerged(keepId, mergeId);
        events.publishEvent(new ContactsMerged(keepId, mergeId));
        if (!merges.deleteContact(mergeId, mergeVersion)) {
            throw new StaleVersionException(Contacts.AUDIT_TYPE, mergeId);
        }
        Contact after = contacts.update(keepId, keepVersion, MergeChoice.contact(keep, merge, choice));
        audit.record("contact.merged", Contacts.AUDIT_TYPE, keepId, new ContactMergeBefore(keep, merge),
                new ContactMergeAfter(after, mergeId, choice.fromMerged(), repointed, elsewhere));
        audit.record("contact.mergedInto", Contacts.AUDIT_TYPE, mergeId, merge, new MergedInto(keepId));
        return new MergeResult<>(after, elsewhere);
    }

    private static <T> T findOther(UUID keepId, UUID mergeId, java.util.function.Supplier<T> find) {
        Check.of().required("mergeId", mergeId)
                .failIf(keepId.equals(mergeId), "mergeId", "MergeSelf").verify();
        try {
            return find.get();
        } catch (NotFoundException e) {
            throw new RuleViolationException(FieldProblem.of("mergeId", "UnknownId"));
        }
    }

    private static void requireVersions(String type, UUID keepId, long keepIs, long keepGiven, UUID mergeId,
            long mergeIs, long mergeGiven) {
        if (keepIs != keepGiven) {
            throw new StaleVersionException(type, keepId);
        }
        if (mergeIs != mergeGiven) {
            throw new StaleVersionException(type, mergeId);
        }
    }

    /** The audit entry's "before": both customers whole, as they were. */
    record CompanyMergeBefore(Company survivor, Company merged) {
    }

    /** The audit entry's "after": the survivor, what came from the merged one, and what moved. */
    record CompanyMergeAfter(Company survivor, UUID mergedId, java.util.Set<String> takenFromMerged,
            List<UUID> movedContactIds, int repointedContactMoves, List<MovedRecords> moved) {
    }

    record ContactMergeBefore(Contact survivor, Contact merged) {
    }

    record ContactMergeAfter(Contact survivor, UUID mergedId, java.util.Set<String> takenFromMerged,
            int repointedContactMoves, List<MovedRecords> moved) {
    }

    /** On the merged record's own audit trail: where it went. */
    record MergedInto(UUID survivorId) {
    }
}
