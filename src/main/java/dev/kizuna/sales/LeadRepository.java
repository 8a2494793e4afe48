package dev.kizuna.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Leads, their assignments and the assignment rule (in sales_setting). */
@Repository
class LeadRepository {

    private static final String SELECT = """
            select l.*, u.display_name as assigned_name from lead l left join app_user u on u.id = l.assigned_to
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LeadRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Lead> find(UUID id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(LeadRepository::map).optional();
    }

    /** Newest first, by status (lead_status_idx); null status for all. */
    List<Lead> list(String status, int limit) {
        return status == null
                ? jdbc.sql(SELECT + " order by l.created_at desc, l.id desc limit ?").param(limit).query(LeadRepository::map).list()
                : jdbc.sql(SELECT + " where l.status = ? order by l.created_at desc, l.id desc limit ?")
                        .params(status, limit).query(LeadRepository::map).list();
    }

    void insert(UUID id, String source, LeadDraft d, UUID actor) {
        jdbc.sql("""
                insert into lead (id, source, company_name, person_name, email, phone, message, lead_source, budget,
                    pipeline_id, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, source, d.companyName(), d.personName(), d.email(), d.phone(), d.message(),
                d.leadSource(), d.budget(), d.pipelineId(), actor, actor).update();
    }

    /** Sets the rep without a version check: for the assignment made as the lead arrives. */
    void assign(UUID id, UUID userId) {
        jdbc.sql("update lead set assigned_to = ?, version = version + 1, updated_at = now() where id = ?")
                .params(userId, id).update();
    }

    boolean assign(UUID id, long version, UUID userId, UUID actor) {
        return jdbc.sql("""
                update lead set assigned_to = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(userId, actor, id, version).update() == 1;
    }

    boolean close(UUID id, long version, String status, UUID companyId, UUID dealId, UUID actor) {
        return jdbc.sql("""
                update lead set status = ?, company_id = ?, deal_id = ?, version = version + 1, updated_at = now(),
                    updated_by = ? where id = ? and version = ? and status = 'new'
                """).params(status, companyId, dealId, actor, id, version).update() == 1;
    }

    void recordAssignment(UUID id, UUID leadId, UUID userId, List<Assignment.Candidate> candidates, String reason,
            Integer threshold, UUID overriddenBy) {
        recordAssignment(id, leadId, userId, candidates, reason, threshold, overriddenBy, null);
    }

    void recordAssignment(UUID id, UUID leadId, UUID userId, List<Assignment.Candidate> candidates, String reason,
            Integer threshold, UUID overriddenBy, UUID ruleId) {
        jdbc.sql("""
                insert into lead_assignment (id, lead_id, user_id, candidates, reason, threshold, overridden_by,
                    rule_id) values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                """).params(id, leadId, userId, json.writeValueAsString(candidates), reason, threshold, overriddenBy,
                        ruleId)
                .update();
    }

    List<Assignment> assignments(UUID leadId) {
        return jdbc.sql("""
                select a.*, u.display_name as user_name, r.name as rule_name
                  from lead_assignment a left join app_user u on u.id = a.user_id
                  left join assignment_rule r on r.id = a.rule_id
                 where a.lead_id = ? order by a.created_at desc, a.id desc
                """).param(leadId).query((rs, n) -> new Assignment(rs.getObject("id", UUID.class), leadId,
                rs.getObject("user_id", UUID.class), rs.getString("user_name"), rs.getString("reason"),
                (Integer) rs.getObject("threshold"),
                json.readValue(rs.getString("candidates"), new TypeReference<List<Assignment.Candidate>>() { }),
                rs.getObject("overridden_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("rule_name"))).list();
    }

    /** How many leads each rep got from a rule (weighted rules aim at their weights). */
    Map<UUID, Long> givenBy(UUID ruleId) {
        Map<UUID, Long> out = new java.util.HashMap<>();
        jdbc.sql("""
                select user_id, count(*) from lead_assignment where rule_id = ? and user_id is not null
                 group by user_id
                """).param(ruleId).query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return out;
    }

    /** The last rep a rule gave a lead, locking the rule's row so that two arrivals take turns. */
    UUID lastAssignedForUpdate(UUID ruleId) {
        return jdbc.sql("select last_assigned_user_id from assignment_rule where id = ? for update").param(ruleId)
                .query((rs, n) -> rs.getObject(1, UUID.class)).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    void setLastAssigned(UUID ruleId, UUID userId) {
        jdbc.sql("update assignment_rule set last_assigned_user_id = ? where id = ?").params(userId, ruleId).update();
    }

    AssignmentRule rule() {
        return jdbc.sql("select assign_role_id, min_compliance_score, version from sales_setting where id = 1")
                .query((rs, n) -> new AssignmentRule(rs.getObject("assign_role_id", UUID.class),
                        rs.getInt("min_compliance_score"), rs.getLong("version"))).single();
    }

    boolean changeRule(UUID roleId, int minScore, long version, UUID actor) {
        return jdbc.sql("""
                update sales_setting set assign_role_id = ?, min_compliance_score = ?, version = version + 1,
                    updated_at = now(), updated_by = ? where id = 1 and version = ?
                """).params(roleId, minScore, actor, version).update() == 1;
    }

    /** The last rep given a lead, locking the setting row so that two arrivals take turns one after the other. */
    UUID lastAssignedForUpdate() {
        String last = jdbc.sql("select coalesce(last_assigned_user_id::text, '') from sales_setting where id = 1 for update")
                .query(String.class).single();
        return last.isEmpty() ? null : UUID.fromString(last);
    }

    void setLastAssigned(UUID userId) {
        jdbc.sql("update sales_setting set last_assigned_user_id = ? where id = 1").param(userId).update();
    }

    private static Lead map(ResultSet rs, int n) throws SQLException {
        return new Lead(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("company_name"),
                rs.getString("person_name"), rs.getString("email"), rs.getString("phone"), rs.getString("message"),
                rs.getString("lead_source"), (Long) rs.getObject("budget"), rs.getString("status"),
                rs.getObject("assigned_to", UUID.class), rs.getString("assigned_name"),
                rs.getObject("company_id", UUID.class), rs.getObject("deal_id", UUID.class), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("pipeline_id", UUID.class));
    }
}
