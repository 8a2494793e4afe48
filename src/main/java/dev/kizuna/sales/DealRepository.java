package dev.kizuna.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import tools.jackson.databind.json.JsonMapper;

/** Deals and their stage changes: plain SQL, the only class writing these tables besides pipeline upkeep. */
@Repository
class DealRepository {

    /** A deal with its names; the stall reason first, so its three parameters lead the argument list. */
    static final String SELECT = "select " + StallRule.AsOf.REASON + """
             as stalled, d.*, c.name as company_name, k.name as contact_name, s.name as stage_name,
                   s.name_en as stage_name_en, u.display_name as owner_name, r.name as lost_reason_name
              from deal d
              join company c on c.id = d.company_id
              join pipeline_stage s on s.id = d.stage_id
              left join contact k on k.id = d.contact_id
              left join app_user u on u.id = d.owner_id
              left join lost_reason r on r.id = d.lost_reason_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DealRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Deal> find(UUID id, StallRule.AsOf asOf) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(id);
        return jdbc.sql(SELECT + " where d.id = ?").params(args).query(this::map).optional();
    }

    /** Rows of one list page: the query's WHERE (after {@code where true}) and order, with the sort value. */
    List<Row> list(StringBuilder where, List<Object> whereArgs, KeysetOrder order, Cursor after, int fetchSize,
            StallRule.AsOf asOf) {
        StringBuilder sql = new StringBuilder(SELECT.replaceFirst("as stalled,",
                "as stalled, (" + order.columns().getFirst() + ")::text as sort_value,"));
        sql.append(" where true").append(where);
        List<Object> args = new ArrayList<>(asOf.args());
        args.addAll(whereArgs);
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args)
                .query((rs, n) -> new Row(map(rs, n), rs.getString("sort_value"))).list();
    }

    record Row(Deal deal, String sortValue) {
    }

    long count(StringBuilder where, List<Object> whereArgs) {
        return jdbc.sql("select count(*) from deal d join company c on c.id = d.company_id "
                + "join pipeline_stage s on s.id = d.stage_id where true" + where).params(whereArgs)
                .query(Long.class).single();
    }

    /** {@code enteredAt}: when the deal reached its stage, and closed if the stage is won or lost. */
    void insert(UUID id, DealDraft d, Stage stage, Map<String, Object> custom, Instant enteredAt, UUID actor) {
        jdbc.sql("""
                insert into deal (id, title, company_id, contact_id, pipeline_id, stage_id, status, active, amount,
                    expected_close_on, owner_id, lead_source, budget, challenges, next_step, next_step_on,
                    lost_reason_id, lost_note, closed_at, custom_fields, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when ? then cast(? as timestamptz) end, cast(? as jsonb), ?, ?)
                """).params(id, d.name(), d.companyId(), d.contactId(), stage.pipelineId(), stage.id(),
                stage.kind().code(), !stage.terminal(), d.amount() == null ? 0L : d.amount(), d.expectedCloseOn(),
                d.ownerId(), d.leadSource(), d.budget(), d.challenges(), d.nextStep(), d.nextStepOn(),
                d.lostReasonId(), d.lostNote(), stage.kind() != StageKind.OPEN, ts(enteredAt),
                json.writeValueAsString(custom), actor, actor).update();
    }

    /** Deletes the deal; its stage changes, quotes and coaching notes go with it (orders and tasks keep a null link). */
    boolean delete(UUID id) {
        return jdbc.sql("delete from deal where id = ?").params(id).update() == 1;
    }

    boolean update(UUID id, long version, DealDraft d, Map<String, Object> custom, UUID actor) {
        return jdbc.sql("""
                update deal set title = ?, company_id = ?, contact_id = ?, amount = ?, expected_close_on = ?,
                    owner_id = ?, lead_source = ?, budget = ?, challenges = ?, next_step = ?, next_step_on = ?,
                    lost_reason_id = ?, lost_note = ?, custom_fields = cast(? as jsonb), stalled_notified_at = null,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(d.name(), d.companyId(), d.contactId(), d.amount() == null ? 0L : d.amount(),
                d.expectedCloseOn(), d.ownerId(), d.leadSource(), d.budget(), d.challenges(), d.nextStep(),
                d.nextStepOn(), d.lostReasonId(), d.lostNote(), json.writeValueAsString(custom), actor, id, version)
                .update() == 1;
    }

    /** Moves the deal when nobody changed it since {@code version}; false otherwise (the caller answers 409). */
    boolean move(UUID id, long version, Stage to, UUID lostReasonId, String lostNote, Instant at, UUID actor) {
        return jdbc.sql("""
                update deal set stage_id = ?, status = ?, active = ?, stage_entered_at = ?,
                    closed_at = case when ? = 'open' then null when status = ? then closed_at else ? end,
                    lost_reason_id = ?, lost_note = ?, stalled_notified_at = null,
                    version = version + 1, updated_at = ?, updated_by = ?
                 where id = ? and version = ?
                """).params(to.id(), to.kind().code(), !to.terminal(), ts(at), to.kind().code(), to.kind().code(),
                ts(at), lostReasonId, lostNote, ts(at), actor, id, version).update() == 1;
    }

    void setAmount(UUID id, long amount, UUID actor) {
        jdbc.sql("update deal set amount = ?, version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(amount, actor, id).update();
    }

    /** Holds the deal's row until the transaction ends, so what is read next is what gets changed. */
    void lock(UUID id) {
        jdbc.sql("select 1 from deal where id = ? for update").param(id).query(Integer.class).optional();
    }

    /** A write that changes nothing but still takes the version (a move to the stage the deal is in). */
    boolean confirm(UUID id, long version, UUID actor) {
        return jdbc.sql("update deal set version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(actor, id, version).update() == 1;
    }

    void recordStageChange(UUID id, UUID dealId, UUID pipelineId, UUID from, UUID to, boolean forward,
            Long secondsInFrom, Instant at, UUID actor) {
        jdbc.sql("""
                insert into deal_stage_change (id, deal_id, pipeline_id, from_stage_id, to_stage_id, forward,
                    seconds_in_from_stage, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, dealId, pipelineId, from, to, forward, secondsInFrom, ts(at), actor).update();
    }

    /** An activity was logged against the deal: it is no longer idle (the version stays: nobody edited it). */
    int touch(UUID dealId, Instant occurredAt) {
        return jdbc.sql("""
                update deal set last_activity_at = greatest(coalesce(last_activity_at, ?), ?),
                    stalled_notified_at = null where id = ?
                """).params(ts(occurredAt), ts(occurredAt), dealId).update();
    }

    /** Up to {@code limit} deals of a stage: an active stage's longest waiting first, a terminal one's newest. */
    List<Deal> ofStage(Stage stage, Instant since, int limit, StallRule.AsOf asOf) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(stage.id());
        if (stage.terminal()) {
            args.add(ts(since));
            args.add(limit);
            return jdbc.sql(SELECT + " where d.stage_id = ? and d.stage_entered_at >= ? "
                    + "order by d.stage_entered_at desc, d.id desc limit ?").params(args).query(this::map).list();
        }
        args.add(limit);
        return jdbc.sql(SELECT + " where d.stage_id = ? order by d.stage_entered_at, d.id limit ?").params(args)
                .query(this::map).list();
    }

    record StageTotal(UUID stageId, long count, long amount, long stalled) {
    }

    /** Count, amount and stalled count per stage of the pipeline's active deals (served by deal_active_idx). */
    List<StageTotal> activeTotals(UUID pipelineId, StallRule.AsOf asOf) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(pipelineId);
        return jdbc.sql("select d.stage_id, count(*) as n, coalesce(sum(d.amount), 0) as amount, "
                + "count(*) filter (where " + StallRule.AsOf.CONDITION + ") as stalled "
                + "from deal d join pipeline_stage s on s.id = d.stage_id where d.pipeline_id = ? and d.active "
                + "group by d.stage_id").params(args)
                .query((rs, n) -> new StageTotal(rs.getObject("stage_id", UUID.class), rs.getLong("n"),
                        rs.getLong("amount"), rs.getLong("stalled"))).list();
    }

    /** A terminal stage's deals that reached it since {@code since}. */
    StageTotal recentTotal(UUID stageId, Instant since) {
        return jdbc.sql("select count(*) as n, coalesce(sum(amount), 0) as amount from deal "
                + "where stage_id = ? and stage_entered_at >= ?").params(stageId, ts(since))
                .query((rs, n) -> new StageTotal(stageId, rs.getLong("n"), rs.getLong("amount"), 0)).single();
    }

    /**
     * The coaching view's deals: moved (a stage change, lost included) or flagged stalled in [from, to), owner by
     * owner. Reads deal_stage_change_changed_idx and deal_stalled_notified_idx, then the deals by id.
     */
    List<Deal> reviewed(Instant from, Instant to, StallRule.AsOf asOf, int limit) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.addAll(List.of(Timestamp.from(from), Timestamp.from(to), Timestamp.from(from), Timestamp.from(to), limit));
        return jdbc.sql(SELECT + """
                 where d.id in (select x.deal_id from deal_stage_change x where x.changed_at >= ? and x.changed_at < ?
                                union
                                select y.id from deal y where y.stalled_notified_at >= ? and y.stalled_notified_at < ?)
                 order by u.display_name nulls last, d.owner_id, d.updated_at desc, d.id
                 limit ?
                """).params(args).query(this::map).list();
    }

    List<Deal> ofCompany(UUID companyId, int limit, StallRule.AsOf asOf) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(companyId);
        args.add(limit);
        return jdbc.sql(SELECT + " where d.company_id = ? order by d.created_at desc, d.id desc limit ?").params(args)
                .query(this::map).list();
    }

    /** Every stalled deal, longest in its stage first (the stalled page and the notification job). */
    List<Deal> stalled(StallRule.AsOf asOf, UUID ownerId, int limit) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.addAll(asOf.args());
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(StallRule.AsOf.CONDITION);
        if (ownerId != null) {
            sql.append(" and d.owner_id = ?");
            args.add(ownerId);
        }
        sql.append(" order by d.stage_entered_at, d.id limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(this::map).list();
    }

    long stalledCount(StallRule.AsOf asOf) {
        return jdbc.sql("select count(*) from deal d join pipeline_stage s on s.id = d.stage_id where d.active and "
                + StallRule.AsOf.CONDITION).params(asOf.args()).query(Long.class).single();
    }

    /** Stalled deals nobody was told about yet; marks them told in the same statement. */
    List<StalledNotice> claimUnnotified(StallRule.AsOf asOf, int limit) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(limit);
        return jdbc.sql("""
                update deal set stalled_notified_at = now() where id in (
                    select d.id from deal d join pipeline_stage s on s.id = d.stage_id
                     where d.active and d.stalled_notified_at is null and """ + StallRule.AsOf.CONDITION + """
                     order by d.id limit ? for update of d skip locked)
                returning id, title, owner_id
                """).params(args).query((rs, n) -> new StalledNotice(rs.getObject("id", UUID.class),
                rs.getString("title"), rs.getObject("owner_id", UUID.class))).list();
    }

    record StalledNotice(UUID dealId, String name, UUID ownerId) {
    }

    record StageChangeRow(UUID id, UUID dealId, String dealName, UUID fromStageId, String fromName, UUID toStageId,
            String toName, String toNameEn, boolean forward, Instant at, String actorName) {
    }

    /** A deal's stage changes, newest first. */
    List<StageChangeRow> changesOf(UUID dealId, int limit) {
        return jdbc.sql(CHANGES + " where x.deal_id = ? order by x.changed_at desc, x.id desc limit ?")
                .params(dealId, limit).query(DealRepository::change).list();
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
        return jdbc.sql(sql.toString()).params(args).query(DealRepository::change).list();
    }

    private static final String CHANGES = """
            select x.*, d.title, f.name as from_name, t.name as to_name, t.name_en as to_name_en,
                   u.display_name as actor_name
              from deal_stage_change x join deal d on d.id = x.deal_id
              join pipeline_stage t on t.id = x.to_stage_id
              left join pipeline_stage f on f.id = x.from_stage_id
              left join app_user u on u.id = x.changed_by
            """;

    private static StageChangeRow change(ResultSet rs, int n) throws SQLException {
        return new StageChangeRow(rs.getObject("id", UUID.class), rs.getObject("deal_id", UUID.class),
                rs.getString("title"), rs.getObject("from_stage_id", UUID.class), rs.getString("from_name"),
                rs.getObject("to_stage_id", UUID.class), rs.getString("to_name"), rs.getString("to_name_en"),
                rs.getBoolean("forward"), rs.getTimestamp("changed_at").toInstant(), rs.getString("actor_name"));
    }

    /** Per owner: deals moved forward in [from, to). */
    Map<UUID, Long> movedForward(Instant from, Instant to) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select d.owner_id, count(*) as n from deal_stage_change x join deal d on d.id = x.deal_id
                 where x.changed_at >= ? and x.changed_at < ? and x.forward and x.from_stage_id is not null
                 group by d.owner_id
                """).params(ts(from), ts(to)).query((rs, n) -> out.put(rs.getObject("owner_id", UUID.class),
                rs.getLong("n"))).list();
        return out;
    }

    record ClosedTally(UUID ownerId, String status, long count, long amount) {
    }

    /** Per owner and outcome: deals won or lost in [from, to), with their amounts. */
    List<ClosedTally> closed(Instant from, Instant to) {
        return jdbc.sql("""
                select owner_id, status, count(*) as n, coalesce(sum(amount), 0) as amount from deal
                 where closed_at >= ? and closed_at < ? and status in ('won', 'lost')
                 group by owner_id, status
                """).params(ts(from), ts(to)).query((rs, n) -> new ClosedTally(rs.getObject("owner_id", UUID.class),
                rs.getString("status"), rs.getLong("n"), rs.getLong("amount"))).list();
    }

    /** Per owner: stalled active deals now. */
    Map<UUID, Long> stalledByOwner(StallRule.AsOf asOf) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        jdbc.sql("select d.owner_id, count(*) as n from deal d join pipeline_stage s on s.id = d.stage_id where "
                + StallRule.AsOf.CONDITION + " group by d.owner_id").params(asOf.args())
                .query((rs, n) -> out.put(rs.getObject("owner_id", UUID.class), rs.getLong("n"))).list();
        return out;
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private Deal map(ResultSet rs, int n) throws SQLException {
        String custom = rs.getString("custom_fields");
        Timestamp lastActivity = rs.getTimestamp("last_activity_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Deal(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getObject("contact_id", UUID.class), rs.getString("contact_name"),
                rs.getObject("pipeline_id", UUID.class), rs.getObject("stage_id", UUID.class),
                rs.getString("stage_name"), rs.getString("stage_name_en"), StageKind.ofCode(rs.getString("status")),
                rs.getBoolean("active"), rs.getLong("amount"), rs.getObject("expected_close_on", LocalDate.class),
                rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getString("lead_source"),
                (Long) rs.getObject("budget"), rs.getString("challenges"), rs.getString("next_step"),
                rs.getObject("next_step_on", LocalDate.class), rs.getObject("lost_reason_id", UUID.class),
                rs.getString("lost_reason_name"), rs.getString("lost_note"),
                rs.getTimestamp("stage_entered_at").toInstant(), lastActivity == null ? null : lastActivity.toInstant(),
                closed == null ? null : closed.toInstant(),
                custom == null ? Map.of() : json.readValue(custom, LinkedHashMap.class), rs.getString("stalled"),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
