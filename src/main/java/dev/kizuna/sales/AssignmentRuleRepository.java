package dev.kizuna.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL over {@code assignment_rule}, in the order the rules are tried. */
@Repository
class AssignmentRuleRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssignmentRuleRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<RoutingRule> list() {
        return jdbc.sql("select * from assignment_rule order by position, created_at").query(this::map).list();
    }

    Optional<RoutingRule> find(UUID id) {
        return jdbc.sql("select * from assignment_rule where id = ?").param(id).query(this::map).optional();
    }

    /** A place after every rule. */
    int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 10 from assignment_rule").query(Integer.class).single();
    }

    void insert(UUID id, int position, AssignmentRules.Draft d, UUID actor) {
        jdbc.sql("""
                insert into assignment_rule (id, position, name, pipeline_id, channel, lead_source, strategy, role_id,
                    min_compliance_score, weights, created_by, updated_by)
                values (:id, :position, :name, :pipelineId, :channel, :leadSource, :strategy, :roleId,
                    :minComplianceScore, cast(:weights as jsonb), :actor, :actor)
                """).params(values(d)).param("id", id).param("position", position).param("actor", actor).update();
    }

    /** Saves the rule when the version still matches; false when someone saved first. */
    boolean update(UUID id, long version, int position, AssignmentRules.Draft d, UUID actor) {
        return jdbc.sql("""
                update assignment_rule set position = :position, name = :name, pipeline_id = :pipelineId,
                       channel = :channel, lead_source = :leadSource, strategy = :strategy, role_id = :roleId,
                       min_compliance_score = :minComplianceScore, weights = cast(:weights as jsonb),
                       version = version + 1, updated_at = now(), updated_by = :actor
                 where id = :id and version = :version
                """).params(values(d)).param("position", position).param("actor", actor).param("id", id)
                .param("version", version).update() == 1;
    }

    boolean delete(UUID id, long version) {
        return jdbc.sql("delete from assignment_rule where id = ? and version = ?").params(id, version).update() == 1;
    }

    private Map<String, Object> values(AssignmentRules.Draft d) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("name", d.name());
        v.put("pipelineId", d.pipelineId());
        v.put("channel", d.channel());
        v.put("leadSource", d.leadSource());
        v.put("strategy", d.strategy());
        v.put("roleId", d.roleId());
        v.put("minComplianceScore", d.minComplianceScore());
        Map<String, Integer> weights = new LinkedHashMap<>();
        d.weights().forEach((k, w) -> weights.put(k.toString(), w));
        v.put("weights", json.writeValueAsString(weights));
        return v;
    }

    private RoutingRule map(ResultSet rs, int n) throws SQLException {
        Map<String, Integer> raw = json.readValue(rs.getString("weights"), new TypeReference<Map<String, Integer>>() { });
        Map<UUID, Integer> weights = new LinkedHashMap<>();
        raw.forEach((k, v) -> weights.put(UUID.fromString(k), v));
        return new RoutingRule(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name"),
                rs.getObject("pipeline_id", UUID.class), rs.getString("channel"), rs.getString("lead_source"),
                rs.getString("strategy"), rs.getObject("role_id", UUID.class), rs.getInt("min_compliance_score"),
                Map.copyOf(weights), rs.getLong("version"));
    }
}
