package dev.kizuna.success;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over {@code success_plan} and {@code success_plan_phase}. Joins {@code company}, {@code app_user} and
 * {@code job_role} read-only for the names a plan shows (declared cross-module reads).
 */
@Repository
class PlanRepository {

    static final String SELECT = """
            select p.*, c.name as company_name, t.name as template_name, u.display_name as owner_user_name,
                   r.name as owner_role_name
            from success_plan p
            join company c on c.id = p.company_id
            join success_template t on t.id = p.template_id
            left join app_user u on u.id = p.owner_user_id
            left join job_role r on r.id = p.owner_role_id
            """;

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SuccessPlan> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::map).optional();
    }

    Optional<SuccessPlan> ofCompany(UUID companyId) {
        return jdbc.sql(SELECT + " where p.company_id = ?").param(companyId).query(this::map).optional();
    }

    boolean companyHasPlan(UUID companyId) {
        return jdbc.sql("select count(*) from success_plan where company_id = ?").param(companyId).query(Long.class)
                .single() > 0;
    }

    void insert(UUID id, PlanDraft d, UUID actor) {
        jdbc.sql("""
                insert into success_plan (id, company_id, template_id, go_live_on, owner_user_id, owner_role_id,
                    meeting_cadence, created_by, updated_by)
                values (:id, :company, :template, :goLive, :user, :role, :cadence, :actor, :actor)
                """).param("id", id).param("company", d.companyId()).param("template", d.templateId())
                .param("goLive", d.goLiveOn()).param("user", d.ownerUserId()).param("role", d.ownerRoleId())
                .param("cadence", d.meetingCadence()).param("actor", actor).update();
        jdbc.sql("""
                insert into success_plan_phase (plan_id, position, phase_key, name, start_months, end_months)
                select ?, position, phase_key, name, start_months, end_months from success_template_phase
                where template_id = ?
                """).params(id, d.templateId()).update();
    }

    boolean update(UUID id, long version, PlanDraft d, UUID actor) {
        return jdbc.sql("""
                update success_plan set go_live_on = :goLive, owner_user_id = :user, owner_role_id = :role,
                    meeting_cadence = :cadence, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("goLive", d.goLiveOn()).param("user", d.ownerUserId()).param("role", d.ownerRoleId())
                .param("cadence", d.meetingCadence()).param("actor", actor).param("id", id)
                .param("version", version).update() == 1;
    }

    void setRun(UUID planId, UUID runId) {
        jdbc.sql("update success_plan set playbook_run_id = ? where id = ?").params(runId, planId).update();
    }

    /**
     * One plan made before its checklist ran on the playbook engine (no run yet), locked for the caller's transaction
     * so that a second instance passes over it.
     */
    Optional<UUID> lockOneWithoutRun() {
        return jdbc.sql("""
                select id from success_plan where playbook_run_id is null
                order by created_at, id limit 1 for update skip locked
                """).query(UUID.class).optional();
    }

    /** The playbook run that drives the plan's checklist (none for plans made before it did). */
    Optional<UUID> runOf(UUID planId) {
        return jdbc.sql("select playbook_run_id from success_plan where id = ?").param(planId)
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional().filter(java.util.Objects::nonNull);
    }

    List<PhaseSpan> phases(UUID planId) {
        return jdbc.sql("select * from success_plan_phase where plan_id = ? order by position").param(planId)
                .query(TemplateRepository::phase).list();
    }

    private SuccessPlan map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new SuccessPlan(id, rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("template_id", UUID.class), rs.getString("template_name"),
                rs.getObject("go_live_on", LocalDate.class), rs.getObject("owner_user_id", UUID.class),
                rs.getString("owner_user_name"), rs.getObject("owner_role_id", UUID.class),
                rs.getString("owner_role_name"), rs.getString("meeting_cadence"), phases(id), rs.getLong("version"));
    }
}
