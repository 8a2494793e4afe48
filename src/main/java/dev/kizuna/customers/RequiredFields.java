package dev.kizuna.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Required fields per kind of record, set by administrators (seed 004: a new customer needs its name, address,
 * phone, representative and website; a contact its name, phone and e-mail). Enforced by {@link Companies} and
 * {@link Contacts} on every write, from the pages and the API alike, with one message per missing field.
 */
@Service
@Transactional
public class RequiredFields {

    public static final String COMPANY = "company";
    public static final String INDIVIDUAL = "individual";
    public static final String CONTACT = "contact";

    /** The fields that may be made required, per kind, and how to tell that a record lacks them. */
    static final Map<String, Map<String, Function<CompanyDraft, Object>>> COMPANY_FIELDS = Map.of(
            COMPANY, companyFields(true), INDIVIDUAL, companyFields(false));

    static final Map<String, Function<ContactDraft, Object>> CONTACT_FIELDS = contactFields();

    private final RequiredFieldRepository rows;
    private final AuditLog audit;

    RequiredFields(RequiredFieldRepository rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** The fields that can be required for a kind ({@code company}, {@code individual}, {@code contact}). */
    public static List<String> choices(String objectType) {
        return List.copyOf(CONTACT.equals(objectType) ? CONTACT_FIELDS.keySet() : COMPANY_FIELDS.get(objectType).keySet());
    }

    @Transactional(readOnly = true)
    public Set<String> of(String objectType) {
        return Set.copyOf(rows.of(objectType));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void set(String objectType, List<String> fields) {
        if (!List.of(COMPANY, INDIVIDUAL, CONTACT).contains(objectType)) {
            throw new RuleViolationException(FieldProblem.of("objectType", "OneOf", "company, individual, contact"));
        }
        List<String> unknown = fields.stream().filter(f -> !choices(objectType).contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("fields", "OneOf", String.join(", ", choices(objectType))));
        }
        Set<String> before = of(objectType);
        rows.replace(objectType, fields.stream().distinct().toList());
        audit.record("required-fields.updated", "required-fields", objectType, before, Set.copyOf(fields));
    }

    void check(Check check, CompanyDraft draft) {
        String kind = draft.kind() == CompanyKind.INDIVIDUAL ? INDIVIDUAL : COMPANY;
        Map<String, Function<CompanyDraft, Object>> fields = COMPANY_FIELDS.get(kind);
        of(kind).forEach(f -> check.required(f, fields.get(f).apply(draft)));
    }

    void check(Check check, ContactDraft draft) {
        of(CONTACT).forEach(f -> check.required(f, CONTACT_FIELDS.get(f).apply(draft)));
    }

    /** How many of a kind's required fields a customer has filled, 0–100 (100 when nothing is required). */
    @Transactional(readOnly = true)
    public int completeness(Company company) {
        String kind = company.kind() == CompanyKind.INDIVIDUAL ? INDIVIDUAL : COMPANY;
        Set<String> required = of(kind);
        if (required.isEmpty()) {
            return 100;
        }
        CompanyDraft draft = CompanyDraft.of(company);
        long filled = required.stream().filter(f -> present(COMPANY_FIELDS.get(kind).get(f).apply(draft))).count();
        return (int) (filled * 100 / required.size());
    }

    /** SQL that is true when a company row (alias c) lacks a field, for the fields that can be required. */
    static final Map<String, String> MISSING_SQL = Map.ofEntries(
            Map.entry("nameKana", "c.name_kana = ''"), Map.entry("postalCode", "c.postal_code is null"),
            Map.entry("prefecture", "c.prefecture = ''"), Map.entry("city", "c.city = ''"),
            Map.entry("street", "c.street = ''"), Map.entry("phone", "c.phone is null"),
            Map.entry("email", "c.email is null"), Map.entry("representative", "c.representative = ''"),
            Map.entry("website", "c.website = ''"), Map.entry("corporateNumber", "c.corporate_number is null"),
            Map.entry("industry", "c.industry = ''"), Map.entry("employeeCount", "c.employee_count is null"),
            Map.entry("birthday", "c.birthday is null"), Map.entry("leadSource", "c.lead_source = ''"),
            Map.entry("ownerId", "c.owner_id is null"));

    /**
     * A condition on company rows (alias c) that is true for customers lacking a field their kind requires;
     * {@code false} when nothing is required. Built from the fixed list above, never from user input.
     */
    @Transactional(readOnly = true)
    public String incompleteCondition() {
        String company = missingAny(of(COMPANY));
        String individual = missingAny(of(INDIVIDUAL));
        return "((c.kind = 'company' and " + company + ") or (c.kind = 'individual' and " + individual + "))";
    }

    private static String missingAny(Set<String> required) {
        return required.isEmpty() ? "false"
                : "(" + String.join(" or ", required.stream().sorted().map(MISSING_SQL::get).toList()) + ")";
    }

    /** Per owner: how many customers they own and how many have every required field (input compliance). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OwnerCompleteness> completenessByOwner() {
        return rows.completenessByOwner(incompleteCondition());
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    private static Map<String, Function<CompanyDraft, Object>> companyFields(boolean company) {
        Map<String, Function<CompanyDraft, Object>> fields = new LinkedHashMap<>();
        fields.put("nameKana", CompanyDraft::nameKana);
        fields.put("postalCode", CompanyDraft::postalCode);
        fields.put("prefecture", CompanyDraft::prefecture);
        fields.put("city", CompanyDraft::city);
        fields.put("street", CompanyDraft::street);
        fields.put("phone", CompanyDraft::phone);
        fields.put("email", CompanyDraft::email);
        if (company) {
            fields.put("representative", CompanyDraft::representative);
            fields.put("website", CompanyDraft::website);
            fields.put("corporateNumber", CompanyDraft::corporateNumber);
            fields.put("industry", CompanyDraft::industry);
            fields.put("employeeCount", CompanyDraft::employeeCount);
        } else {
            fields.put("birthday", CompanyDraft::birthday);
        }
        fields.put("leadSource", CompanyDraft::leadSource);
        fields.put("ownerId", CompanyDraft::ownerId);
        return fields;
    }

    private static Map<String, Function<ContactDraft, Object>> contactFields() {
        Map<String, Function<ContactDraft, Object>> fields = new LinkedHashMap<>();
        fields.put("nameKana", ContactDraft::nameKana);
        fields.put("department", ContactDraft::department);
        fields.put("title", ContactDraft::title);
        fields.put("phone", ContactDraft::phone);
        fields.put("mobile", ContactDraft::mobile);
        fields.put("email", ContactDraft::email);
        return fields;
    }
}
