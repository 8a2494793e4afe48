package dev.kizuna.sales;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered assignment rules for leads of a pipeline or a source (see {@link RoutingRule} and
 * {@link LeadAssignment}). Everyone signed in reads them; administrators change them, with versions (409 when
 * stale), audited.
 */
@Service
@Transactional
public class AssignmentRules {

    static final String AUDIT_TYPE = "assignment_rule";

    private final AssignmentRuleRepository repository;
    private final Pipelines pipelines;
    private final Roles roles;
    private final Users users;
    private final AuditLog audit;

    AssignmentRules(AssignmentRuleRepository repository, Pipelines pipelines, Roles roles, Users users,
            AuditLog audit) {
        this.repository = repository;
        this.pipelines = pipelines;
        this.roles = roles;
        this.users = users;
        this.audit = audit;
    }

    /** What an administrator types: conditions (null = any), the strategy, the role, the threshold and weights. */
    public record Draft(String name, UUID pipelineId, String channel, String leadSource, String strategy, UUID roleId,
            Integer minComplianceScore, Map<UUID, Integer> weights, Integer position) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoutingRule> list() {
        return repository.list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoutingRule find(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The first rule that takes the lead, or null (then the default rule applies). No sign-in needed. */
    RoutingRule matching(Lead lead) {
        return repository.list().stream().filter(r -> r.matches(lead.pipelineId(), lead.source(), lead.leadSource()))
                .findFirst().orElse(null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RoutingRule create(Draft draft) {
        Draft d = verify(draft);
        UUID id = Ids.newId();
        int position = d.position() != null ? d.position() : repository.nextPosition();
        repository.insert(id, position, d, CurrentActor.idOrNull());
        RoutingRule created = find(id);
        audit.record("assignment_rule.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RoutingRule update(UUID id, long version, Draft draft) {
        RoutingRule before = find(id);
        Draft d = verify(draft);
        int position = d.position() != null ? d.position() : before.position();
        if (!repository.update(id, version, position, d, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        RoutingRule after = find(id);
        audit.record("assignment_rule.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** Deletes a rule; the leads it assigned keep their record of why (without the rule). */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(UUID id, long version) {
        RoutingRule before = find(id);
        if (!repository.delete(id, version)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        audit.record("assignment_rule.deleted", AUDIT_TYPE, id, before, null);
    }

    private Draft verify(Draft d) {
        String name = SalesText.clean(d.name());
        String source = d.leadSource() == null || d.leadSource().isBlank() ? null : SalesText.clean(d.leadSource());
        String channel = d.channel() == null || d.channel().isBlank() ? null : d.channel().strip();
        String strategy = d.strategy() == null || d.strategy().isBlank() ? "round_robin" : d.strategy().strip();
        int score = d.minComplianceScore() == null ? 60 : d.minComplianceScore();
        Map<UUID, Integer> weights = d.weights() == null ? Map.of() : d.weights();
        Check check = Check.of().required("name", name).maxLength("name", name, 100)
                .oneOf("strategy", strategy, RoutingRule.STRATEGIES)
                .failIf(channel != null && !RoutingRule.CHANNELS.contains(channel), "channel", "OneOf",
                        String.join(", ", RoutingRule.CHANNELS))
                .maxLength("leadSource", source, 60)
                .required("roleId", d.roleId())
                .failIf(score < 0 || score > 100, "minComplianceScore", "Range", 0, 100)
                .failIf(d.position() != null && d.position() < 0, "position", "Range", 0, 100_000)
                .failIf(weights.values().stream().anyMatch(w -> w == null || w < 0 || w > 100), "weights", "Range",
                        0, 100)
                .failIf(!weights.isEmpty() && weights.values().stream().allMatch(w -> w != null && w == 0),
                        "weights", "WeightsZero")
                .failIf(weights.keySet().stream().anyMatch(u -> !users.exists(u)), "weights", "UnknownUser");
        if (d.roleId() != null) {
            try {
                roles.find(d.roleId());
            } catch (NotFoundException e) {
                check.failIf(true, "roleId", "UnknownRole");
            }
        }
        if (d.pipelineId() != null) {
            check.failIf(pipelines.list(true).stream().noneMatch(p -> p.id().equals(d.pipelineId())), "pipelineId",
                    "UnknownId");
        }
        check.verify();
        return new Draft(name, d.pipelineId(), channel, source, strategy, d.roleId(), score, weights, d.position());
    }
}
