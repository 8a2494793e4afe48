package dev.kizuna.activities;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels and types of activity, and the details templates per type: everyone reads them; administrators
 * add, retire and reinstate them (a retired one stays on past activities).
 */
@Service
@Transactional
public class ActivityOptions {

    private static final String AUDIT_TYPE = "activity-option";

    private final ActivityOptionRepository rows;
    private final AuditLog audit;

    ActivityOptions(ActivityOptionRepository rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** Channels or types ({@link ActivityOption#CHANNEL}, {@link ActivityOption#TYPE}) in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActivityOption> of(String kind, boolean withRetired) {
        return rows.of(kind, withRetired);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ActivityOption> find(UUID id) {
        return id == null ? Optional.empty() : rows.find(id);
    }

    /** Templates of a type (all types when null), in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActivityTemplate> templates(UUID typeId) {
        return rows.templates(typeId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ActivityOption add(String kind, String name, String nameEn, boolean call) {
        return insert(kind, name, nameEn, call);
    }

    /** Also used by sample data and first start, where nobody is signed in. */
    ActivityOption insert(String kind, String name, String nameEn, boolean call) {
        String clean = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFKC);
        Check check = Check.of().oneOf("kind", kind, List.of(ActivityOption.CHANNEL, ActivityOption.TYPE))
                .required("name", clean).maxLength("name", clean, 40).maxLength("nameEn", nameEn, 40);
        check.failIf(!clean.isEmpty() && rows.exists(kind, clean), "name", "Duplicate");
        check.verify();
        UUID id = Ids.newId();
        rows.insert(id, kind, clean, nameEn == null ? "" : nameEn.strip(), ActivityOption.CHANNEL.equals(kind) && call);
        ActivityOption created = find(id).orElseThrow();
        audit.record("activity-option.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ActivityOption setRetired(UUID id, long version, boolean retired) {
        ActivityOption before = find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!rows.setRetired(id, version, retired)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        ActivityOption after = find(id).orElseThrow();
        audit.record(retired ? "activity-option.retired" : "activity-option.reinstated", AUDIT_TYPE, id, before, after);
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ActivityTemplate addTemplate(UUID typeId, String title, String body) {
        return insertTemplate(typeId, title, body);
    }

    ActivityTemplate insertTemplate(UUID typeId, String title, String body) {
        Check.of().required("typeId", typeId)
                .failIf(typeId != null && find(typeId).filter(o -> ActivityOption.TYPE.equals(o.kind())).isEmpty(),
                        "typeId", "UnknownId")
                .required("templateTitle", title).maxLength("templateTitle", title, 40)
                .required("templateBody", body).maxLength("templateBody", body, 2000).verify();
        UUID id = Ids.newId();
        rows.insertTemplate(id, typeId, title.strip(), body.strip());
        ActivityTemplate created = templates(typeId).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        audit.record("activity-template.created", AUDIT_TYPE, id, null, created);
        return created;
    }
}
