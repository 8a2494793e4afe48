package dev.kizuna.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Step sequences (step_sequence, step_sequence_step) and their enrolments (sequence_enrollment). */
@Repository
class SequenceRepository {

    static final KeysetOrder BY_NAME = new KeysetOrder("q.name", "text", "q.id", false);

    private final JdbcClient jdbc;

    SequenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StepSequence> find(UUID id) {
        return jdbc.sql("select * from step_sequence q where q.id = ?").param(id).query(SequenceRepository::row)
                .optional().map(q -> q.withSteps(steps(List.of(id)).getOrDefault(id, List.of())));
    }

    List<StepSequence> list(Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from step_sequence q where true");
        List<Object> args = new ArrayList<>();
        BY_NAME.appendAfter(sql, args, after);
        BY_NAME.appendOrderAndLimit(sql, args, fetchSize);
        return withSteps(jdbc.sql(sql.toString()).params(args).query(SequenceRepository::row).list());
    }

    /** The active sequences a trigger starts. */
    List<StepSequence> activeFor(String trigger) {
        return withSteps(jdbc.sql("select * from step_sequence q where q.active and q.trigger_kind = ? order by q.id")
                .param(trigger).query(SequenceRepository::row).list());
    }

    private List<StepSequence> withSteps(List<StepSequence> rows) {
        Map<UUID, List<StepSequence.Step>> steps = steps(rows.stream().map(StepSequence::id).toList());
        return rows.stream().map(q -> q.withSteps(steps.getOrDefault(q.id(), List.of()))).toList();
    }

    private Map<UUID, List<StepSequence.Step>> steps(List<UUID> ids) {
        Map<UUID, List<StepSequence.Step>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select s.*, t.name as template_name from step_sequence_step s join email_template t on t.id = s.template_id
                where s.sequence_id = any(?) order by s.sequence_id, s.position
                """).param(ids.toArray(UUID[]::new)).query((rs, n) -> out.computeIfAbsent(
                rs.getObject("sequence_id", UUID.class), k -> new ArrayList<>()).add(new StepSequence.Step(
                rs.getInt("position"), rs.getInt("delay_days"), rs.getBoolean("business_days"),
                rs.getObject("template_id", UUID.class), rs.getString("template_name")))).list();
        return out;
    }

    void insert(UUID id, StepSequenceDraft d, UUID actor) {
        jdbc.sql("""
                insert into step_sequence (id, name, trigger_kind, trigger_days, segment_id, active, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.name(), d.trigger(), d.triggerDays(), d.segmentId(), d.active(), actor, actor)
                .update();
        replaceSteps(id, d.steps());
    }

    boolean update(UUID id, long version, StepSequenceDraft d, UUID actor) {
        boolean done = jdbc.sql("""
                update step_sequence set name = ?, trigger_kind = ?, trigger_days = ?, segment_id = ?, active = ?,
                  version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?
                """).params(d.name(), d.trigger(), d.triggerDays(), d.segmentId(), d.active(), actor, id, version)
                .update() == 1;
        if (done) {
            replaceSteps(id, d.steps());
        }
        return done;
    }

    private void replaceSteps(UUID id, List<StepSequenceDraft.StepDraft> steps) {
        jdbc.sql("delete from step_sequence_step where sequence_id = ?").param(id).update();
        for (int i = 0; i < steps.size(); i++) {
            StepSequenceDraft.StepDraft s = steps.get(i);
            jdbc.sql("""
                    insert into step_sequence_step (sequence_id, position, delay_days, business_days, template_id)
                    values (?, ?, ?, ?, ?)
                    """).params(id, i + 1, s.delayDays(), s.businessDays(), s.templateId()).update();
        }
    }

    /** Whether anyone ever went through the sequence (their enrolments and mail log keep it). */
    boolean hasEnrollments(UUID id) {
        return jdbc.sql("select exists (select 1 from sequence_enrollment where sequence_id = ?)").param(id)
                .query(Boolean.class).single();
    }

    /** Deletes a sequence and its steps (only one nobody went through: enrolments restrict it). */
    void delete(UUID id) {
        jdbc.sql("delete from step_sequence where id = ?").param(id).update();
    }

    /** Stops everyone going through the sequence now; returns how many. */
    int stopEnrollments(UUID sequenceId, String reason) {
        return jdbc.sql("update sequence_enrollment set status = 'stopped', stop_reason = ?, next_due_on = null,"
                + " updated_at = now() where sequence_id = ? and status = 'active'").params(reason, sequenceId)
                .update();
    }

    /** Starts the customer on the sequence; false when they are already going through it. */
    boolean enroll(UUID id, UUID sequenceId, UUID companyId, LocalDate startedOn, LocalDate firstDue) {
        return jdbc.sql("""
                insert into sequence_enrollment (id, sequence_id, company_id, status, started_on, next_step, next_due_on)
                values (?, ?, ?, 'active', ?, 1, ?)
                on conflict (sequence_id, company_id) where status = 'active' do nothing
                """).params(id, sequenceId, companyId, startedOn, firstDue).update() == 1;
    }

    /** Whether the customer started the sequence on or after a day (a yearly or per-gap trigger runs once each). */
    boolean startedSince(UUID sequenceId, UUID companyId, LocalDate since) {
        return jdbc.sql("select exists (select 1 from sequence_enrollment where sequence_id = ? and company_id = ?"
                + " and started_on >= ?)").params(sequenceId, companyId, since).query(Boolean.class).single();
    }

    /** Active enrolments due by {@code today}, oldest due first. */
    List<SequenceEnrollment> due(LocalDate today, int limit) {
        return jdbc.sql(ENROLLMENT + " where e.status = 'active' and e.next_due_on <= ? order by e.next_due_on, e.id"
                + " limit ?").params(today, limit).query(SequenceRepository::enrollment).list();
    }

    List<SequenceEnrollment> enrollments(UUID sequenceId, UUID companyId, int limit) {
        return jdbc.sql(ENROLLMENT + " where e.sequence_id = ? and (cast(? as uuid) is null or e.company_id = ?)"
                + " order by e.created_at desc, e.id limit ?").params(sequenceId, companyId, companyId, limit)
                .query(SequenceRepository::enrollment).list();
    }

    /** Moves an enrolment to its next step, due on a day; only from the step it was at. */
    boolean advance(UUID id, int fromStep, LocalDate nextDue) {
        return jdbc.sql("update sequence_enrollment set next_step = next_step + 1, next_due_on = ?, updated_at = now()"
                + " where id = ? and status = 'active' and next_step = ?").params(nextDue, id, fromStep).update() == 1;
    }

    boolean end(UUID id, String status, String reason) {
        return jdbc.sql("update sequence_enrollment set status = ?, stop_reason = ?, next_due_on = null,"
                + " updated_at = now() where id = ? and status = 'active'").params(status, reason, id).update() == 1;
    }

    /** Whether the enrolment was stopped (left the segment, merged, sequence off); a finished one still sends its last. */
    boolean enrollmentStopped(UUID id) {
        return jdbc.sql("select exists (select 1 from sequence_enrollment where id = ? and status = 'stopped')")
                .param(id).query(Boolean.class).single();
    }

    /** Customers born in {@code month} not yet started on the sequence since {@code monthStart}. */
    List<UUID> birthdayCandidates(UUID sequenceId, int month, LocalDate monthStart, int limit) {
        return jdbc.sql("""
                select c.id from company c where c.birthday is not null and extract(month from c.birthday)::int = ?
                  and not exists (select 1 from sequence_enrollment e where e.sequence_id = ? and e.company_id = c.id
                    and e.started_on >= ?) order by c.id limit ?
                """).params(month, sequenceId, monthStart, limit).query(UUID.class).list();
    }

    /**
     * Customers whose last paid order was between {@code from} and {@code to} (a week's window, so a missed day is
     * caught up) and who have not started the sequence since it.
     */
    List<UUID> noOrderCandidates(UUID sequenceId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select f.company_id from customer_figures f where f.last_on between ? and ?
                  and not exists (select 1 from sequence_enrollment e where e.sequence_id = ?
                    and e.company_id = f.company_id and e.started_on > f.last_on) order by f.company_id limit ?
                """).params(from, to, sequenceId, limit).query(UUID.class).list();
    }

    private static final String ENROLLMENT = """
            select e.*, c.name as company_name from sequence_enrollment e join company c on c.id = e.company_id""";

    private static SequenceEnrollment enrollment(ResultSet rs, int n) throws SQLException {
        return new SequenceEnrollment(rs.getObject("id", UUID.class), rs.getObject("sequence_id", UUID.class),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"), rs.getString("status"),
                rs.getString("stop_reason"), rs.getObject("started_on", LocalDate.class), rs.getInt("next_step"),
                rs.getObject("next_due_on", LocalDate.class));
    }

    private static StepSequence row(ResultSet rs, int n) throws SQLException {
        int days = rs.getInt("trigger_days");
        Integer triggerDays = rs.wasNull() ? null : days;
        return new StepSequence(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("trigger_kind"),
                triggerDays, rs.getObject("segment_id", UUID.class), rs.getBoolean("active"), List.of(),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
