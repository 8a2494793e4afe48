package dev.kizuna.sales;

import static dev.kizuna.sales.DealRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A deal's stage history: plain SQL over {@code deal_stage_change} (time in stage, conversion, the timeline). */
@Repository
class StageChangeRepository {

    private final JdbcClient jdbc;

    StageChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordStageChange(UUID id, UUID dealId, UUID pipelineId, UUID from, UUID to, boolean forward,
            Long secondsInFrom, Instant at, UUID actor) {
        jdbc.sql("""
                insert into deal_stage_change (id, deal_id, pipeline_id, from_stage_id, to_stage_id, forward,
                    seconds_in_from_stage, changed_at, changed_by)
                values (:id, :dealId, :pipelineId, :from, :to, :forward, :seconds, :at, :actor)
                """).param("id", id).param("dealId", dealId).param("pipelineId", pipelineId).param("from", from)
                .param("to", to).param("forward", forward).param("seconds", secondsInFrom).param("at", ts(at))
                .param("actor", actor).update();
    }

    record StageChangeRow(UUID id, UUID dealId, String dealName, UUID fromStageId, String fromName, String fromNameEn,
            UUID toStageId, String toName, String toNameEn, boolean forward, Instant at, String actorName) {

        /** "ヒアリング → 見積" or, for an English reader, the stages' English names where they have them. */
        String movement(java.util.Locale locale) {
            String to = StageChange.label(toName, toNameEn, locale);
            return fromName == null ? to : StageChange.label(fromName, fromNameEn, locale) + " → " + to;
        }
    }

    /** A deal's stage changes, newest first. */
    List<StageChangeRow> changesOf(UUID dealId, int limit) {
        return jdbc.sql(CHANGES + " where x.deal_id = ? order by x.changed_at desc, x.id desc limit ?")
                .params(dealId, limit).query(StageChangeRepository::change).list();
    }

    /** Stage changes of a customer's deals before (time, id), newest first (the customer's timeline). */
    List<StageChangeRow> changesOfCompany(UUID companyId, Instant before, UUID beforeId, int limit) {
        List<Object> args = new ArrayList<>(List.of(companyId));
        StringBuilder sql = new StringBuilder(CHANGES).append(" where d.company_id = ?");
        if (before != null) {
            sql.append(" and (x.changed_at, x.id) < (?, ?)");
            args.add(ts(before));
            args.add(beforeId);
        }
        sql.append(" order by x.changed_at desc, x.id desc limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(StageChangeRepository::change).list();
    }

    private static final String CHANGES = """
            select x.*, d.title, f.name as from_name, f.name_en as from_name_en, t.name as to_name, t.name_en as to_name_en,
                   u.display_name as actor_name
              from deal_stage_change x join deal d on d.id = x.deal_id
              join pipeline_stage t on t.id = x.to_stage_id
              left join pipeline_stage f on f.id = x.from_stage_id
              left join app_user u on u.id = x.changed_by
            """;

    private static StageChangeRow change(ResultSet rs, int n) throws SQLException {
        return new StageChangeRow(rs.getObject("id", UUID.class), rs.getObject("deal_id", UUID.class),
                rs.getString("title"), rs.getObject("from_stage_id", UUID.class), rs.getString("from_name"), rs.getString("from_name_en"),
                rs.getObject("to_stage_id", UUID.class), rs.getString("to_name"), rs.getString("to_name_en"),
                rs.getBoolean("forward"), rs.getTimestamp("changed_at").toInstant(), rs.getString("actor_name"));
    }
}
