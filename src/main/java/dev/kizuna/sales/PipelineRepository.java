package dev.kizuna.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pipelines, their stages and lost reasons. */
@Repository
class PipelineRepository {

    private final JdbcClient jdbc;

    PipelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pipeline> list(boolean withRetired) {
        List<Stage> stages = jdbc.sql("select * from pipeline_stage order by pipeline_id, position, id")
                .query(PipelineRepository::stage).list();
        Map<UUID, List<Stage>> byPipeline = new LinkedHashMap<>();
        stages.forEach(s -> byPipeline.computeIfAbsent(s.pipelineId(), k -> new ArrayList<>()).add(s));
        return jdbc.sql("select * from pipeline where ? or not retired order by position, id").param(withRetired)
                .query((rs, n) -> pipeline(rs, byPipeline.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    Optional<Pipeline> find(UUID id) {
        List<Stage> stages = jdbc.sql("select * from pipeline_stage where pipeline_id = ? order by position, id")
                .param(id).query(PipelineRepository::stage).list();
        return jdbc.sql("select * from pipeline where id = ?").param(id).query((rs, n) -> pipeline(rs, stages))
                .optional();
    }

    Optional<Stage> stage(UUID id) {
        return jdbc.sql("select * from pipeline_stage where id = ?").param(id).query(PipelineRepository::stage)
                .optional();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select exists (select 1 from pipeline where name = ? and id is distinct from ?)")
                .params(name, except).query(Boolean.class).single();
    }

    void insert(UUID id, String name, String nameEn, UUID actor) {
        jdbc.sql("""
                insert into pipeline (id, name, name_en, position, created_by, updated_by)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from pipeline), ?, ?)
                """).params(id, name, nameEn, actor, actor).update();
    }

    boolean update(UUID id, long version, String name, String nameEn, boolean retired, UUID actor) {
        return jdbc.sql("""
                update pipeline set name = ?, name_en = ?, retired = ?, version = version + 1, updated_at = now(),
                    updated_by = ? where id = ? and version = ?
                """).params(name, nameEn, retired, actor, id, version).update() == 1;
    }

    void insertStage(UUID id, UUID pipelineId, StageDraft d, UUID actor) {
        jdbc.sql("""
                insert into pipeline_stage (id, pipeline_id, name, name_en, position, kind, win_probability, max_days,
                    reached_on, created_by, updated_by)
                values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from pipeline_stage where pipeline_id = ?),
                    ?, ?, ?, ?, ?, ?)
                """).params(id, pipelineId, d.name(), d.nameEn(), pipelineId, d.kind().code(), d.winProbability(),
                d.maxDays(), code(d.reachedOn()), actor, actor).update();
    }

    boolean updateStage(UUID id, long version, StageDraft d, boolean retired, UUID actor) {
        return jdbc.sql("""
                update pipeline_stage set name = ?, name_en = ?, kind = ?, win_probability = ?, max_days = ?,
                    reached_on = ?, retired = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(d.name(), d.nameEn(), d.kind().code(), d.winProbability(), d.maxDays(), code(d.reachedOn()),
                retired, actor, id, version).update() == 1;
    }

    void setStagePosition(UUID id, int position) {
        jdbc.sql("update pipeline_stage set position = ?, version = version + 1, updated_at = now() where id = ?")
                .params(position, id).update();
    }

    /**
     * Marks the pipeline's terminal stages (lost ones, and the last won one) and keeps each deal's {@code active}
     * in step, for the deals of stages whose meaning changed only.
     */
    void refreshTerminal(UUID pipelineId) {
        jdbc.sql("""
                update pipeline_stage s set terminal = (s.kind = 'lost' or (s.kind = 'won' and not exists (
                    select 1 from pipeline_stage later where later.pipeline_id = s.pipeline_id and later.kind = 'won'
                       and not later.retired and later.position > s.position)))
                 where s.pipeline_id = ?
                """).param(pipelineId).update();
        jdbc.sql("""
                update deal d set active = not s.terminal,
                    status = s.kind
                  from pipeline_stage s where s.id = d.stage_id and s.pipeline_id = ?
                   and (d.active = s.terminal or d.status <> s.kind)
                """).param(pipelineId).update();
    }

    long dealsIn(UUID stageId) {
        return jdbc.sql("select count(*) from deal where stage_id = ? and active").param(stageId).query(Long.class)
                .single();
    }

    List<LostReason> lostReasons(boolean withRetired) {
        return jdbc.sql("select * from lost_reason where ? or not retired order by position, id").param(withRetired)
                .query(PipelineRepository::lostReason).list();
    }

    Optional<LostReason> lostReason(UUID id) {
        return jdbc.sql("select * from lost_reason where id = ?").param(id).query(PipelineRepository::lostReason)
                .optional();
    }

    boolean lostReasonTaken(String name) {
        return jdbc.sql("select exists (select 1 from lost_reason where name = ?)").param(name).query(Boolean.class)
                .single();
    }

    void insertLostReason(UUID id, String name, String nameEn, UUID actor) {
        jdbc.sql("""
                insert into lost_reason (id, name, name_en, position, created_by, updated_by)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from lost_reason), ?, ?)
                """).params(id, name, nameEn, actor, actor).update();
    }

    boolean setLostReasonRetired(UUID id, long version, boolean retired, UUID actor) {
        return jdbc.sql("""
                update lost_reason set retired = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(retired, actor, id, version).update() == 1;
    }

    boolean updateLostReason(UUID id, long version, String name, String nameEn, boolean retired, UUID actor) {
        return jdbc.sql("""
                update lost_reason set name = ?, name_en = ?, retired = ?, version = version + 1, updated_at = now(),
                       updated_by = ?
                 where id = ? and version = ?
                """).params(name, nameEn, retired, actor, id, version).update() == 1;
    }

    private static Pipeline pipeline(ResultSet rs, List<Stage> stages) throws SQLException {
        return new Pipeline(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("name_en"),
                rs.getInt("position"), rs.getBoolean("retired"), rs.getLong("version"), List.copyOf(stages));
    }

    static Stage stage(ResultSet rs, int n) throws SQLException {
        return new Stage(rs.getObject("id", UUID.class), rs.getObject("pipeline_id", UUID.class), rs.getString("name"),
                rs.getString("name_en"), rs.getInt("position"), StageKind.ofCode(rs.getString("kind")),
                rs.getInt("win_probability"), (Integer) rs.getObject("max_days"),
                OrderMilestone.ofCode(rs.getString("reached_on")), rs.getBoolean("terminal"),
                rs.getBoolean("retired"), rs.getLong("version"));
    }

    private static String code(OrderMilestone milestone) {
        return milestone == null ? null : milestone.code();
    }

    private static LostReason lostReason(ResultSet rs, int n) throws SQLException {
        return new LostReason(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("name_en"),
                rs.getInt("position"), rs.getBoolean("retired"), rs.getLong("version"));
    }
}
