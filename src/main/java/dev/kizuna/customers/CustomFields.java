package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldLabels;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom fields per object ({@code company} — companies and individuals —, {@code contact} and {@code deal}, whose
 * values the sales module keeps through {@link #cleanValues} and lists through {@link #appendConditions}): administrators
 * create, rename, reorder, retire and reinstate them; everyone signed in reads them. A field's key and type never
 * change, so stored values always mean what they meant. Every change is audited.
 */
@Service
@Transactional
public class CustomFields implements FieldLabels {

    public static final List<String> OBJECT_TYPES = List.of("company", "contact", "deal");
    static final int MAX_PER_OBJECT = 100;
    static final int MAX_OPTIONS = 100;
    private static final String AUDIT_TYPE = "custom-field";

    private final CustomFieldRepository fields;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final dev.kizuna.identity.Users users;
    private final tools.jackson.databind.json.JsonMapper json;

    CustomFields(CustomFieldRepository fields, AuditLog audit, org.springframework.context.ApplicationEventPublisher events,
            dev.kizuna.identity.Users users, tools.jackson.databind.json.JsonMapper json) {
        this.fields = fields;
        this.audit = audit;
        this.events = events;
        this.users = users;
        this.json = json;
    }

    /**
     * Another module's record ({@code deal}) with custom values: the values as typed turned into what is stored,
     * every broken rule added to {@code check} as {@code customFields.<key>}; keys not sent keep {@code existing}.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> cleanValues(String objectType, Map<String, ?> typed, Map<String, Object> existing,
            Check check) {
        return CustomValues.clean(active(objectType), typed, existing, check, users::exists);
    }

    /**
     * Appends {@code and <condition>} for each {@code customFields.<key>} condition of another module's list, on
     * the table aliased {@code alias} (its {@code custom_fields} jsonb column), the same SQL the customers list
     * writes, served by the field's expression index; a bad condition is a rule violation naming filter[field].
     */
    @Transactional(readOnly = true)
    public void appendConditions(String objectType, String alias, List<FieldCondition> conditions, StringBuilder where,
            List<Object> args) {
        List<FieldCondition> custom = conditions.stream().filter(c -> c.field().startsWith(CustomField.PREFIX)).toList();
        if (!custom.isEmpty()) {
            new CompanyQuery(active(objectType), () -> "true", json, alias).appendConditions(where, args, custom);
        }
    }

    /** The sort expression of a sortable custom field {@code customFields.<key>} on the table aliased {@code alias}. */
    @Transactional(readOnly = true)
    public Optional<String> sortExpression(String objectType, String alias, String name) {
        return active(objectType).stream().filter(f -> f.name().equals(name) && f.type().sortable()).findFirst()
                .map(f -> f.expression(alias));
    }

    /** Fields in their order; {@code withRetired} adds retired ones (for the administration page). */
    @Transactional(readOnly = true)
    public List<CustomField> of(String objectType, boolean withRetired) {
        return fields.list(objectType, withRetired);
    }

    /** The fields shown on forms, detail pages and lists. */
    @Transactional(readOnly = true)
    public List<CustomField> active(String objectType) {
        return fields.list(objectType, false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CustomField find(UUID id) {
        return fields.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CustomField create(CustomFieldDraft draft) {
        return insert(draft);
    }

    /** Also used by sample data, where nobody is signed in. */
    CustomField insert(CustomFieldDraft draft) {
        String objectType = draft.objectType();
        String key = draft.key() == null || draft.key().isBlank()
                ? (OBJECT_TYPES.contains(objectType) ? "field_" + fields.nextPosition(objectType) : "")
                : draft.key().strip();
        List<String> options = cleanOptions(draft.options());
        Check check = Check.of()
                .oneOf("objectType", objectType, OBJECT_TYPES)
                .required("objectType", objectType)
                .required("type", draft.type())
                .required("label", CustomerRules.text(draft.label()))
                .maxLength("label", CustomerRules.text(draft.label()), 60)
                .maxLength("labelEn", CustomerRules.text(draft.labelEn()), 60)
                .failIf(!key.matches("[a-z][a-z0-9_]{0,39}"), "key", "FieldKey")
                .failIf(draft.type() != null && draft.type().hasOptions() && options.isEmpty(), "options", "NotBlank")
                .failIf(options.size() > MAX_OPTIONS, "options", "Range", 1, MAX_OPTIONS)
                .failIf(options.stream().anyMatch(o -> o.length() > 60), "options", "Size", 60);
        if (OBJECT_TYPES.contains(objectType)) {
            check.failIf(key.matches("[a-z][a-z0-9_]{0,39}") && fields.keyTaken(objectType, key), "key", "Duplicate")
                    .failIf(fields.count(objectType) >= MAX_PER_OBJECT, "objectType", "TooManyFields", MAX_PER_OBJECT);
        }
        check.verify();
        CustomFieldDraft clean = new CustomFieldDraft(objectType, key, CustomerRules.text(draft.label()),
                CustomerRules.text(draft.labelEn()), draft.type(), draft.type().hasOptions() ? options : List.of());
        UUID id = Ids.newId();
        fields.insert(id, clean, fields.nextPosition(objectType), CurrentActor.idOrNull());
        CustomField created = fields.find(id).orElseThrow();
        audit.record("custom-field.created", AUDIT_TYPE, id, null, created);
        events.publishEvent(new CustomFieldCreated(id, objectType, key, created.type()));
        return created;
    }

    /** Renames the field and changes its choices; the key and type stay. */
    @PreAuthorize("hasRole('ADMIN')")
    public CustomField update(UUID id, long version, String label, String labelEn, List<String> options) {
        CustomField before = find(id);
        List<String> clean = before.type().hasOptions() ? cleanOptions(options) : List.of();
        Check.of()
                .required("label", CustomerRules.text(label))
                .maxLength("label", CustomerRules.text(label), 60)
                .maxLength("labelEn", CustomerRules.text(labelEn), 60)
                .failIf(before.type().hasOptions() && clean.isEmpty(), "options", "NotBlank")
                .failIf(clean.size() > MAX_OPTIONS, "options", "Range", 1, MAX_OPTIONS)
                .failIf(clean.stream().anyMatch(o -> o.length() > 60), "options", "Size", 60)
                .verify();
        return change(before, version, CustomerRules.text(label), CustomerRules.text(labelEn), clean, before.retired(),
                "custom-field.updated");
    }

    /** Takes the field off forms and lists; its values stay and come back when it is reinstated. */
    @PreAuthorize("hasRole('ADMIN')")
    public CustomField retire(UUID id, long version) {
        CustomField before = find(id);
        return change(before, version, before.label(), before.labelEn(), before.options(), true, "custom-field.retired");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CustomField reinstate(UUID id, long version) {
        CustomField before = find(id);
        return change(before, version, before.label(), before.labelEn(), before.options(), false,
                "custom-field.reinstated");
    }

    /** Moves the field one place up ({@code -1}) or down ({@code +1}) among the object's fields. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CustomField> move(UUID id, int direction) {
        CustomField field = find(id);
        List<CustomField> all = new ArrayList<>(fields.list(field.objectType(), true));
        int from = all.indexOf(all.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow());
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(direction)));
        if (from != to) {
            all.add(to, all.remove(from));
            for (int i = 0; i < all.size(); i++) {
                fields.setPosition(all.get(i).id(), i + 1);
            }
            audit.record("custom-field.moved", AUDIT_TYPE, id, from + 1, to + 1);
        }
        return fields.list(field.objectType(), true);
    }

    private CustomField change(CustomField before, long version, String label, String labelEn, List<String> options,
            boolean retired, String action) {
        if (!fields.update(before.id(), version, label, labelEn, options, retired, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
        CustomField after = fields.find(before.id()).orElseThrow();
        audit.record(action, AUDIT_TYPE, before.id(), before, after);
        return after;
    }

    private static List<String> cleanOptions(List<String> options) {
        return options == null ? List.of() : options.stream().map(CustomerRules::text).filter(o -> !o.isEmpty())
                .distinct().toList();
    }

    /** Labels custom fields in error messages: {@code customFields.rank} and {@code filter[customFields.rank]}. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        if (!name.startsWith(CustomField.PREFIX)) {
            return Optional.empty();
        }
        String key = name.substring(CustomField.PREFIX.length());
        return OBJECT_TYPES.stream().flatMap(t -> fields.list(t, true).stream())
                .filter(f -> f.key().equals(key)).findFirst().map(f -> f.label(locale));
    }

    static Map<String, CustomField> byKey(List<CustomField> list) {
        Map<String, CustomField> out = new java.util.LinkedHashMap<>();
        list.forEach(f -> out.put(f.key(), f));
        return out;
    }
}
