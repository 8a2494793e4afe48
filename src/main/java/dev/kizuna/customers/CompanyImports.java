package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;


import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers written in bulk by an import (the dataio module): the same rules as {@link Companies} (cleaning,
 * required fields, custom values, one corporate number per customer), but checked against a snapshot of the
 * settings read once per batch and written with one COPY per batch instead of one INSERT, find and audit entry
 * per row. The import itself is audited as one entry by its caller; {@link #deleteImported} undoes it.
 */
@Service
@Transactional
public class CompanyImports {

    private final RequiredFields requiredFields;
    private final CustomFields customFields;
    private final Users users;
    private final CompanyImportRepository repository;
    private final ApplicationEventPublisher events;

    CompanyImports(RequiredFields requiredFields, CustomFields customFields, Users users,
            CompanyImportRepository repository, ApplicationEventPublisher events) {
        this.events = events;
        this.requiredFields = requiredFields;
        this.customFields = customFields;
        this.users = users;
        this.repository = repository;
    }

    /** The settings a batch is checked against: required fields, active custom fields, known users. */
    public final class Rules {
        private final Set<String> requiredCompany = requiredFields.of(RequiredFields.COMPANY);
        private final Set<String> requiredIndividual = requiredFields.of(RequiredFields.INDIVIDUAL);
        private final List<CustomField> active = customFields.active("company");
        private final Map<UUID, Boolean> knownUsers = new ConcurrentHashMap<>();

        public List<CustomField> customFields() {
            return active;
        }

        boolean userExists(UUID id) {
            return knownUsers.computeIfAbsent(id, users::exists);
        }
    }

    /** A row checked by the customer rules: what would be stored, or what is wrong with it. */
    public record Checked(CompanyDraft draft, Object clean, List<FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The cleaned corporate number, or null. */
        public String corporateNumber() {
            return clean == null ? null : ((CustomerRules.Clean) clean).corporateNumber();
        }
    }

    /** A row to create: the new customer's id and its checked values. */
    public record NewRow(UUID id, Checked checked) {
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Rules rules() {
        return new Rules();
    }

    /** Checks one draft as {@link Companies#create} would, without the database (the corporate number aside). */
    public Checked check(CompanyDraft draft, Rules rules) {
        CustomerRules.Clean clean = CustomerRules.clean(draft);
        Check check = CustomerRules.check(draft, clean);
        boolean individual = draft.kind() == CompanyKind.INDIVIDUAL;
        var fields = RequiredFields.COMPANY_FIELDS.get(individual ? RequiredFields.INDIVIDUAL : RequiredFields.COMPANY);
        (individual ? rules.requiredIndividual : rules.requiredCompany)
                .forEach(f -> check.required(f, fields.get(f).apply(draft)));
        check.failIf(draft.ownerId() != null && !rules.userExists(draft.ownerId()), "ownerId", "UnknownUser");
        var custom = CustomValues.clean(rules.active, draft.customFields(), null, check, rules::userExists);
        try {
            check.verify();
            return new Checked(draft, clean.withCustomFields(custom), List.of());
        } catch (RuleViolationException e) {
            return new Checked(draft, null, e.problems());
        }
    }

    /**
     * For rows about to be created: an existing customer each one likely duplicates by the customer master's exact
     * rules (same phone, e-mail or reading; see {@link Companies#likelyDuplicates}), by the row's index. One query
     * for the batch; the similar-name rule is left to the merge page, as a trigram probe per row would cost an
     * import its speed.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<Integer, DuplicateCandidate> likelyDuplicates(List<Checked> rows) {
        return likelyDuplicates(rows, null);
    }

    /**
     * As {@link #likelyDuplicates(List)}, among the customers created before {@code existingBefore} (when not null):
     * an import's real run then compares each row with the customers that were there when it started, exactly as its
     * dry run did, not with the rows it has just written itself.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<Integer, DuplicateCandidate> likelyDuplicates(List<Checked> rows, java.time.Instant existingBefore) {
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> kanas = new ArrayList<>();
        for (Checked row : rows) {
            CustomerRules.Clean clean = (CustomerRules.Clean) row.clean();
            addIfPresent(phones, clean.phone());
            addIfPresent(emails, clean.email());
            addIfPresent(kanas, clean.nameKana());
        }
        Map<String, DuplicateCandidate> byKey = new HashMap<>();
        // Ids are time-ordered (UUID v7, Ids.newId): "created before" is "id below the first id of that moment", which
        // the (name_kana, id) index bounds, so a reading the import itself wrote thousands of times costs no scan.
        UUID before = existingBefore == null ? new UUID(-1L, -1L) : new UUID(existingBefore.toEpochMilli() << 16, 0L);
        firstWith("phone", phones, before, byKey);
        firstWith("email", emails, before, byKey);
        firstWith("kana", kanas, before, byKey);
        Map<Integer, DuplicateCandidate> found = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CustomerRules.Clean clean = (CustomerRules.Clean) rows.get(i).clean();
            DuplicateCandidate match = clean.phone() != null ? byKey.get("phone:" + clean.phone()) : null;
            if (match == null && clean.email() != null) {
                match = byKey.get("email:" + clean.email());
            }
            if (match == null && clean.nameKana() != null && !clean.nameKana().isEmpty()) {
                match = byKey.get("kana:" + clean.nameKana());
            }
            if (match != null) {
                found.put(i, match);
            }
        }
        return found;
    }

    /**
     * One existing customer per value (the oldest), probed with {@code limit 1} per value through the column's index:
     * a common reading shared by thousands of customers costs one index step, not thousands of rows.
     */
    private void firstWith(String reason, List<String> values, UUID before, Map<String, DuplicateCandidate> byKey) {
        if (values.isEmpty()) {
            return;
        }
        repository.oldestWith(reason, values, before, byKey);
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null && !value.isEmpty()) {
            values.add(value);
        }
    }

    /** Ids of customers with these corporate numbers (13 digits), by number. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<String, UUID> idsByCorporateNumber(Collection<String> numbers) {
        return repository.idsByCorporateNumber(numbers);
    }

    /** An e-mail address as the customer master stores it (normalised, lower case), or null: an import's key. */
    public static String emailKey(String raw) {
        return CustomerRules.emailOrNull(raw);
    }

    /** Customers by e-mail (as {@link #emailKey} makes it), for an import keyed on it; one key may find several. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> idsByEmail(Collection<String> emails) {
        return idsBy("email", emails);
    }

    /** Ids of customers with these phone numbers (E.164), by number; a number may belong to several. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> idsByPhone(Collection<String> e164) {
        return idsBy("phone", e164);
    }

    private Map<String, List<UUID>> idsBy(String column, Collection<String> values) {
        return repository.idsBy(column, values);
    }

    /**
     * Creates the rows with one COPY in the caller's transaction. A row whose corporate number is already taken
     * (by a stored customer or an earlier row of the batch) is not written: its problem is returned by row index.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Map<Integer, FieldProblem> insert(List<NewRow> rows, UUID actor) {
        Set<String> numbers = new HashSet<>();
        rows.forEach(r -> {
            if (r.checked().corporateNumber() != null) {
                numbers.add(r.checked().corporateNumber());
            }
        });
        Set<String> taken = new HashSet<>(idsByCorporateNumber(numbers).keySet());
        Map<Integer, FieldProblem> refused = new HashMap<>();
        StringBuilder out = new StringBuilder(rows.size() * 400);
        for (int i = 0; i < rows.size(); i++) {
            NewRow row = rows.get(i);
            String number = row.checked().corporateNumber();
            if (number != null && !taken.add(number)) {
                refused.put(i, FieldProblem.of("corporateNumber", "Duplicate"));
                continue;
            }
            repository.appendRow(out, row, actor);
        }
        repository.copy(out);
        return refused;
    }

    /**
     * Ids of customers with these names, compared NFKC-folded on both sides (names are stored as typed, so ㈱さくら
     * is found by (株)さくら), by the folded name; a name may belong to several.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> idsByName(Collection<String> names) {
        return repository.idsByFoldedName(names.stream().map(CustomerRules::folded).filter(n -> !n.isEmpty())
                .distinct().toList());
    }

    /** Ids of contacts with these e-mail addresses (lower case), by address. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> contactIdsByEmail(Collection<String> emails) {
        return repository.contactIdsByEmail(emails);
    }

    /** Deletes contacts an import created, in the caller's transaction; returns how many there were. */
    @PreAuthorize("hasRole('MEMBER')")
    public int deleteImportedContacts(Collection<UUID> ids) {
        return repository.deleteContacts(ids);
    }

    /**
     * Deletes customers an import created (with their contacts and activities, whose keys cascade), in the
     * caller's transaction; returns how many there were. Later modules are told through {@link CompanyDeleted} for
     * each, as for any deleted customer (the activity rollups stop counting their activities).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public int deleteImported(Collection<UUID> ids) {
        repository.names(ids).forEach((id, name) -> events.publishEvent(new CompanyDeleted(id, name)));
        return repository.deleteCompanies(ids);
    }
}
