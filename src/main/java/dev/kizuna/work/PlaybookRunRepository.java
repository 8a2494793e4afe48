package dev.kizuna.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL over playbook runs, their history ({@code playbook_run_event}) and the mails they send. */
@Repository
class PlaybookRunRepository {

    private static final TypeReference<List<PlaybookStep>> STEPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlaybookRunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version a run starts on. */
    UUID versionId(UUID playbookId, int number) {
        return jdbc.sql("select id from playbook_version where playbook_id = ? and number = ?")
                .params(playbookId, number).query(UUID.class).single();
    }

    /**
     * The steps of the version a run started on. Versions never change once written (a saved change is a new
     * version), so each version's steps are read and parsed once per instance and kept.
     */
    List<PlaybookStep> stepsOfRun(UUID runId) {
        UUID version = jdbc.sql("select version_id from playbook_run where id = ?").param(runId).query(UUID.class)
                .single();
        return versionSteps.computeIfAbsent(version, v -> List.copyOf(json.readValue(jdbc.sql(
                "select steps::text from playbook_version where id = ?").param(v).query(String.class).single(), STEPS)));
    }

    private final java.util.Map<UUID, List<PlaybookStep>> versionSteps = new java.util.concurrent.ConcurrentHashMap<>();

    UUID startedBy(UUID runId) {
        return jdbc.sql("select started_by from playbook_run where id = ?").param(runId).query(UUID.class).optional()
                .orElse(null);
    }

    // Runs

    private static final String RUN = """
            select r.*, p.name as playbook_name, v.number as version_number, v.steps::text as steps,
                   c.name as company_name
            from playbook_run r join playbook p on p.id = r.playbook_id
            join playbook_version v on v.id = r.version_id
            left join company c on c.id = r.company_id
            """;

    /** A run waiting for the timer job to take its first step (due at once). */
    void insertDueRun(UUID id, UUID playbookId, UUID versionId, UUID companyId, UUID dealId, UUID actor,
            Instant dueAt) {
        jdbc.sql("""
                insert into playbook_run (id, playbook_id, version_id, company_id, deal_id, started_by, due_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, playbookId, versionId, companyId, dealId, actor, Timestamp.from(dueAt)).update();
    }

    void insertRun(UUID id, UUID playbookId, UUID versionId, UUID companyId, UUID dealId, UUID orderId, UUID actor) {
        jdbc.sql("""
                insert into playbook_run (id, playbook_id, version_id, company_id, deal_id, order_id, started_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, playbookId, versionId, companyId, dealId, orderId, actor).update();
    }

    /** The order the run is about from now on (the one that ended its wait for an order). */
    void setOrder(UUID runId, UUID orderId) {
        jdbc.sql("update playbook_run set order_id = ? where id = ?").params(orderId, runId).update();
    }

    Optional<PlaybookRun> findRun(UUID id) {
        return jdbc.sql(RUN + " where r.id = ?").param(id).query(this::run).optional();
    }

    /**
     * Locks the run's row for the rest of the transaction: one step transition at a time. {@code for no key update},
     * so that the mail record written in its own transaction (a foreign key to the run) is not blocked by it.
     */
    Optional<PlaybookRun> lockRun(UUID id) {
        jdbc.sql("select id from playbook_run where id = ? for no key update").param(id).query(UUID.class).optional();
        return findRun(id);
    }

    /** Whether an event of a branch condition happened in the run: email, limit, order or deal_won (a wait ended). */
    boolean happened(UUID runId, String event) {
        String where = switch (event) {
            case "email", "limit" -> "kind = ?";
            default -> "kind = 'resumed' and detail = ?";
        };
        return jdbc.sql("select exists (select 1 from playbook_run_event where run_id = ? and " + where + ")")
                .params(runId, event).query(Boolean.class).single();
    }

    /** The run list: by status (or open), playbook and customer, newest first, keyset-paged. */
    List<PlaybookRun> runsPage(String status, UUID playbookId, UUID companyId, java.time.Instant beforeAt,
            UUID beforeId, int limit) {
        List<Object> args = new java.util.ArrayList<>();
        StringBuilder sql = filtered(status, playbookId, companyId, args);
        if (beforeAt != null) {
            sql.append(" and (r.created_at, r.id) < (?, ?)");
            args.add(java.sql.Timestamp.from(beforeAt));
            args.add(beforeId);
        }
        sql.append(" order by r.created_at desc, r.id desc limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(this::run).list();
    }

    List<PlaybookRun> runs(String status, UUID companyId, int limit) {
        List<Object> args = new java.util.ArrayList<>();
        StringBuilder sql = filtered(status, null, companyId, args);
        sql.append(companyId != null ? " order by r.created_at desc, r.id desc" : " order by r.created_at, r.id")
                .append(" limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(this::run).list();
    }

    /** The runs' select with the list filters: status ({@code open}: not finished), playbook, customer. */
    private static StringBuilder filtered(String status, UUID playbookId, UUID companyId, List<Object> args) {
        StringBuilder sql = new StringBuilder(RUN).append(" where true");
        if ("open".equals(status)) {
            sql.append(" and r.status in ('running', 'waiting', 'paused', 'failed')");
        } else if (status != null) {
            sql.append(" and r.status = ?");
            args.add(status);
        }
        if (playbookId != null) {
            sql.append(" and r.playbook_id = ?");
            args.add(playbookId);
        }
        if (companyId != null) {
            sql.append(" and r.company_id = ?");
            args.add(companyId);
        }
        return sql;
    }

    boolean hasOpenRun(UUID playbookId, UUID companyId) {
        return jdbc.sql("""
                select count(*) from playbook_run where playbook_id = ? and company_id = ?
                and status in ('running', 'waiting', 'paused', 'failed')
                """).params(playbookId, companyId).query(Long.class).single() > 0;
    }

    List<UUID> runsOfTask(UUID taskId) {
        return jdbc.sql("select id from playbook_run where task_id = ? and status = 'running'").param(taskId)
                .query(UUID.class).list();
    }

    List<UUID> runsWaitingFor(UUID companyId, String event) {
        return jdbc.sql("select id from playbook_run where company_id = ? and wait_for = ? and status = 'waiting'")
                .params(companyId, event).query(UUID.class).list();
    }

    List<UUID> runsCallingAt(UUID companyId) {
        return jdbc.sql("select id from playbook_run where company_id = ? and status = 'running' and task_id is not null")
                .param(companyId).query(UUID.class).list();
    }

    /**
     * Claims due runs for this instance: their timer moves {@code lease} ahead (another instance skips them, and they
     * come back by themselves if this one dies before it moves them). Rows another transaction holds are skipped.
     */
    List<UUID> claimDue(Instant now, Instant lease, int limit) {
        return jdbc.sql("""
                update playbook_run set due_at = ? where id in (
                    select id from playbook_run
                    where status in ('running', 'waiting') and due_at is not null and due_at <= ?
                    order by due_at, id limit ? for update skip locked)
                returning id
                """).params(Timestamp.from(lease), Timestamp.from(now), limit).query(UUID.class).list();
    }

    void setState(UUID id, String status, int step, int iteration, UUID taskId, String waitFor, Instant dueAt,
            int attempts, String lastError) {
        jdbc.sql("""
                update playbook_run set status = ?, step = ?, iteration = ?, task_id = ?, wait_for = ?, due_at = ?,
                       attempts = ?, last_error = ?,
                       step_started_at = case when step <> ? or iteration <> ? then now() else step_started_at end,
                       version = version + 1, updated_at = now()
                where id = ?
                """).params(status, step, iteration, taskId, waitFor, dueAt == null ? null : Timestamp.from(dueAt),
                attempts, lastError, step, iteration, id).update();
    }

    /**
     * Back from paused: waiting again when it was waiting (a wait's event or timer), else running with its task; back
     * from failed: running, the failed step tried again at once with fresh attempts.
     */
    boolean resume(UUID id, long version) {
        return jdbc.sql("""
                update playbook_run set
                    status = case when status = 'paused' and (wait_for is not null or (due_at is not null and task_id is null))
                                  then 'waiting' else 'running' end,
                    due_at = case when status = 'failed' then now() else due_at end,
                    attempts = case when status = 'failed' then 0 else attempts end,
                    version = version + 1, updated_at = now()
                where id = ? and version = ?
                """).params(id, version).update() == 1;
    }

    boolean setStatus(UUID id, long version, String status) {
        return jdbc.sql("""
                update playbook_run set status = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?
                """).params(status, id, version).update() == 1;
    }

    void addEvent(UUID runId, UUID companyId, Integer step, String kind, String detail, UUID actor) {
        jdbc.sql("""
                insert into playbook_run_event (id, run_id, company_id, step, kind, detail, actor_id)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(dev.kizuna.platform.Ids.newId(), runId, companyId, step, kind, detail == null ? "" : detail,
                actor).update();
    }

    List<PlaybookRunEvent> events(UUID runId) {
        return jdbc.sql("""
                select e.*, u.display_name from playbook_run_event e left join app_user u on u.id = e.actor_id
                where e.run_id = ? order by e.at, e.id
                """).param(runId).query(PlaybookRunRepository::event).list();
    }

    record CompanyEvent(PlaybookRunEvent event, String playbookName) {
    }

    List<CompanyEvent> eventsOfCompany(UUID companyId, Instant before, UUID beforeId, int limit) {
        String after = before == null ? "" : " and (e.at, e.id) < (?, ?)";
        List<Object> args = new java.util.ArrayList<>(List.of(companyId));
        if (before != null) {
            args.add(Timestamp.from(before));
            args.add(beforeId);
        }
        args.add(limit);
        return jdbc.sql("""
                select e.*, u.display_name, p.name as playbook_name from playbook_run_event e
                join playbook_run r on r.id = e.run_id join playbook p on p.id = r.playbook_id
                left join app_user u on u.id = e.actor_id
                where e.company_id = ?""" + after + " order by e.at desc, e.id desc limit ?").params(args)
                .query((rs, n) -> new CompanyEvent(event(rs, n), rs.getString("playbook_name"))).list();
    }

    private static PlaybookRunEvent event(ResultSet rs, int n) throws SQLException {
        int step = rs.getInt("step");
        return new PlaybookRunEvent(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                rs.getTimestamp("at").toInstant(), rs.wasNull() ? null : step, rs.getString("kind"),
                rs.getString("detail"), rs.getString("display_name"));
    }

    private PlaybookRun run(ResultSet rs, int n) throws SQLException {
        List<PlaybookStep> steps = json.readValue(rs.getString("steps"), STEPS);
        int step = rs.getInt("step");
        PlaybookStep current = step < steps.size() ? steps.get(step) : null;
        Timestamp due = rs.getTimestamp("due_at");
        return new PlaybookRun(rs.getObject("id", UUID.class), rs.getObject("playbook_id", UUID.class),
                rs.getString("playbook_name"), rs.getInt("version_number"), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getObject("deal_id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("status"), step,
                steps.size(), current == null ? null : current.title(), current == null ? null : current.role(),
                current == null ? null : current.kind(), rs.getInt("iteration"), rs.getObject("task_id", UUID.class),
                rs.getString("wait_for"), due == null ? null : due.toInstant(), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
