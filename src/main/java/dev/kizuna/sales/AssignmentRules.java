package dev.kizuna.sales;

import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ordered assignment rules for leads of a pipeline or a source (see {@link RoutingRule} and
 * {@link LeadAssignment}). Everyone signed in reads them; administrators change them, with versions (409 when
 * stale), audited.
 */
@Service
@Transactional
public class AssignmentRules {

    static final String AUDIT_TYPE = "assignment_rule";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Pipelines pipelines;
    private final Roles roles;
    private final Users users;
    private final AuditLog audit;

    AssignmentRules(JdbcClient jdbc, JsonMapper json, Pipelines pipelines, Roles roles, Users users, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
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
        return jdbc.sql("select * from assignment_rule order by position, created_at").query(this::map).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoutingRule find(UUID id) {
        return jdbc.sql("select * from assignment_rule where id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The first rule that takes the lead, or null (then the default rule applies). No sign-in needed. */
    RoutingRule matching(Lead lead) {
        return jdbc.sql("select * from assignment_rule order by position, created_at").query(this::map).list()
                .stream().filter(r -> r.matches(lead.pipelineId(), lead.source(), lead.leadSource()))
                .findFirst().orElse(null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RoutingRule create(Draft draft) {
        Draft d = verify(draft);
        UUID id = Ids.newId();
        int position = d.position() != null ? d.position()
                : jdbc.sql("select coalesce(max(position), 0) + 10 from assignment_rule").query(Integer.class).single();
        UUID actor = CurrentActor.idOrNull();
        jdbc.sql("""
                insert into assignment_rule (id, position, name, pipeline_id, channel, lead_source, strategy, role_id,
                    min_compliance_score, weights, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """).params(id, position, d.name(), d.pipelineId(), d.channel(), d.leadSource(), d.strategy(),
                        d.roleId(), d.minComplianceScore(), weightsJson(d.weights()), actor, actor)
                .update();
        RoutingRule created = find(id);
        audit.record("assignment_rule.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RoutingRule update(UUID id, long version, Draft draft) {
        RoutingRule before = find(id);
        Draft d = verify(draft);
        int changed = jdbc.sql("""
                update assignment_rule set position = ?, name = ?, pipeline_id = ?, channel = ?, lead_source = ?,
                       strategy = ?, role_id = ?, min_compliance_score = ?, weights = cast(? as jsonb),
                       version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(d.position() != null ? d.position() : before.position(), d.name(), d.pipelineId(),
                        d.channel(), d.leadSource(), d.strategy(), d.roleId(), d.minComplianceScore(),
                        weightsJson(d.weights()), CurrentActor.idOrNull(), id, version)
                .update();
        if (changed == 0) {
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
        if (jdbc.sql("delete from assignment_rule where id = ? and version = ?").params(id, version).update() == 0) {
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

    private String weightsJson(Map<UUID, Integer> weights) {
        Map<String, Integer> out = new LinkedHashMap<>();
        weights.forEach((k, v) -> out.put(k.toString(), v));
        return json.writeValueAsString(out);
    }

    private RoutingRule map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, Integer> raw = json.readValue(rs.getString("weights"), new TypeReference<Map<String, Integer>>() { });
        Map<UUID, Integer> weights = new LinkedHashMap<>();
        raw.forEach((k, v) -> weights.put(UUID.fromString(k), v));
        return new RoutingRule(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name"),
                rs.getObject("pipeline_id", UUID.class), rs.getString("channel"), rs.getString("lead_source"),
                rs.getString("strategy"), rs.getObject("role_id", UUID.class), rs.getInt("min_compliance_score"),
                Map.copyOf(weights), rs.getLong("version"));
    }
}
