package dev.kizuna.success;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health models (seed 003 ⑦独自の顧客ヘルススコア): everyone reads them; administrators write drafts and publish them.
 * A published version never changes; changing it means a new draft of the same model ({@code basedOn}), whose
 * publishing retires the old version. Publishing scores every customer again ({@link HealthModelPublished}).
 */
@Service
@Transactional
public class HealthModels {

    static final String AUDIT_TYPE = "healthModel";

    private final HealthModelRepository models;
    private final HealthMeasures measures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    HealthModels(HealthModelRepository models, HealthMeasures measures, AuditLog audit,
            ApplicationEventPublisher events) {
        this.models = models;
        this.measures = measures;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HealthModel> list() {
        return models.list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public HealthModel find(UUID id) {
        return models.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The measures models may name, by key. */
    @PreAuthorize("isAuthenticated()")
    public List<String> measures() {
        return List.copyOf(measures.byKey().keySet());
    }

    /** A new draft; {@code basedOn} (a model's id) makes it that model's next version. */
    @PreAuthorize("hasRole('ADMIN')")
    public HealthModel create(String name, Integer position, HealthDefinition definition, UUID basedOn) {
        HealthModel base = basedOn == null ? null : models.find(basedOn).orElse(null);
        Check check = Check.of().failIf(basedOn != null && base == null, "basedOn", "UnknownId");
        HealthDefinition d = definition == null ? new HealthDefinition(null, null, null, null, null, null, null)
                : definition;
        HealthModelRules.verify(name, d, measures.byKey(), check);
        check.verify();
        UUID id = Ids.newId();
        UUID key = base == null ? id : base.modelKey();
        int pos = position != null ? position : base != null ? base.position() : 0;
        models.insert(id, key, models.nextNumber(key), name.strip(), pos, d, CurrentActor.idOrNull());
        HealthModel created = find(id);
        audit.record("healthModel.created", AUDIT_TYPE, id, null, Map.of("name", created.name(), "number",
                created.number()));
        return created;
    }

    /** Changes a draft; a published or retired version answers 422 (make a new draft with basedOn). */
    @PreAuthorize("hasRole('ADMIN')")
    public HealthModel update(UUID id, long version, String name, Integer position, HealthDefinition definition) {
        HealthModel before = find(id);
        requireDraft(before);
        String n = name == null ? before.name() : name;
        HealthDefinition d = definition == null ? before.definition() : definition;
        Check check = Check.of();
        HealthModelRules.verify(n, d, measures.byKey(), check);
        check.verify();
        if (!models.update(id, version, n.strip(), position == null ? before.position() : position, d,
                CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        HealthModel after = find(id);
        audit.record("healthModel.updated", AUDIT_TYPE, id, Map.of("name", before.name()), Map.of("name", after.name()));
        return after;
    }

    /** Publishes a draft (checked again against today's measures and fields) and retires its previous version. */
    @PreAuthorize("hasRole('ADMIN')")
    public HealthModel publish(UUID id, long version) {
        HealthModel before = find(id);
        requireDraft(before);
        Check check = Check.of();
        HealthModelRules.verify(before.name(), before.definition(), measures.byKey(), check);
        check.verify();
        if (!models.publish(id, before.modelKey(), version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        HealthModel after = find(id);
        audit.record("healthModel.published", AUDIT_TYPE, id, Map.of("status", before.status()),
                Map.of("status", after.status(), "number", after.number()));
        events.publishEvent(new HealthModelPublished(id, after.modelKey(), after.number()));
        return after;
    }

    private static void requireDraft(HealthModel model) {
        if (!model.draft()) {
            throw new RuleViolationException(FieldProblem.of("status", "HealthModelNotDraft", model.status()));
        }
    }
}
