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

/** Deals: plain SQL over {@code deal}; its stage changes are in {@link StageChangeRepository}. */
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
                values (:id, :name, :companyId, :contactId, :pipelineId, :stageId, :status, :active, :amount,
                    :expectedCloseOn, :ownerId, :leadSource, :budget, :challenges, :nextStep, :nextStepOn,
                    :lostReasonId, :lostNote, :closedAt, cast(:custom as jsonb), :actor, :actor)
                """).params(values(d, custom)).param("id", id).param("pipelineId", stage.pipelineId())
                .param("stageId", stage.id()).param("status", stage.kind().code()).param("active", !stage.terminal())
                .param("closedAt", ts(StageMove.created(stage, enteredAt).closesAt())).param("actor", actor)
                .update();
    }

    /** The draft's values a statement binds by name (amount 0 when none). */
    private Map<String, Object> values(DealDraft d, Map<String, Object> custom) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("name", d.name());
        v.put("companyId", d.companyId());
        v.put("contactId", d.contactId());
        v.put("amount", d.amount() == null ? 0L : d.amount());
        v.put("expectedCloseOn", d.expectedCloseOn());
        v.put("ownerId", d.ownerId());
        v.put("leadSource", d.leadSource());
        v.put("budget", d.budget());
        v.put("challenges", d.challenges());
        v.put("nextStep", d.nextStep());
        v.put("nextStepOn", d.nextStepOn());
        v.put("lostReasonId", d.lostReasonId());
        v.put("lostNote", d.lostNote());
        v.put("custom", json.writeValueAsString(custom));
        return v;
    }

    /** Deletes the deal; its stage changes, quotes and coaching notes go with it (orders and tasks keep a null link). */
    boolean delete(UUID id) {
        return jdbc.sql("delete from deal where id = ?").params(id).update() == 1;
    }

    boolean update(UUID id, long version, DealDraft d, Map<String, Object> custom, UUID actor) {
        return jdbc.sql("""
                update deal set title = :name, company_id = :companyId, contact_id = :contactId, amount = :amount,
                    expected_close_on = :expectedCloseOn, owner_id = :ownerId, lead_source = :leadSource,
                    budget = :budget, challenges = :challenges, next_step = :nextStep, next_step_on = :nextStepOn,
                    lost_reason_id = :lostReasonId, lost_note = :lostNote, custom_fields = cast(:custom as jsonb),
                    stalled_notified_at = null, version = version + 1, updated_at = now(), updated_by = :actor
                 where id = :id and version = :version
                """).params(values(d, custom)).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Moves the deal as {@code move} says, when the version still matches. */
    boolean move(UUID id, long version, StageMove move, UUID lostReasonId, String lostNote, UUID actor) {
        Stage to = move.to();
        return jdbc.sql("""
                update deal set stage_id = :stageId, status = :status, active = :active, stage_entered_at = :at,
                    closed_at = :closedAt, lost_reason_id = :lostReasonId, lost_note = :lostNote,
                    stalled_notified_at = null, version = version + 1, updated_at = :at, updated_by = :actor
                 where id = :id and version = :version
                """).param("stageId", to.id()).param("status", to.kind().code()).param("active", !to.terminal())
                .param("at", ts(move.at())).param("closedAt", ts(move.closesAt()))
                .param("lostReasonId", move.lostReason(lostReasonId)).param("lostNote", move.lostNote(lostNote))
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
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

    /** An activity was logged against the deal: it is no longer idle (the version stays: nobody edited it). */
    int touch(UUID dealId, Instant occurredAt) {
        return jdbc.sql("""
                update deal set last_activity_at = greatest(coalesce(last_activity_at, ?), ?),
                    stalled_notified_at = null where id = ?
                """).params(ts(occurredAt), ts(occurredAt), dealId).update();
    }

    /** Up to {@code limit} deals of a stage: an active stage's longest waiting first, a terminal one's newest. */
    /** A stage's first cards; {@code owner} (may be null: everyone's) narrows them to one person's deals. */
    List<Deal> ofStage(Stage stage, Instant since, int limit, StallRule.AsOf asOf, UUID owner) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(stage.id());
        args.add(owner);
        args.add(owner);
        if (stage.terminal()) {
            args.add(ts(since));
            args.add(limit);
            return jdbc.sql(SELECT + " where d.stage_id = ?" + OWNED + " and d.stage_entered_at >= ? "
                    + "order by d.stage_entered_at desc, d.id desc limit ?").params(args).query(this::map).list();
        }
        args.add(limit);
        return jdbc.sql(SELECT + " where d.stage_id = ?" + OWNED + " order by d.stage_entered_at, d.id limit ?").params(args)
                .query(this::map).list();
    }

    /** Everyone's deals when the owner parameter is null, else that person's. */
    private static final String OWNED = " and (?::uuid is null or d.owner_id = ?)";

    record StageTotal(UUID stageId, long count, long amount, long stalled) {
    }

    /** Count, amount and stalled count per stage of the pipeline's active deals (served by deal_active_idx). */
    List<StageTotal> activeTotals(UUID pipelineId, StallRule.AsOf asOf, UUID owner) {
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(pipelineId);
        args.add(owner);
        args.add(owner);
        return jdbc.sql("select d.stage_id, count(*) as n, coalesce(sum(d.amount), 0) as amount, "
                + "count(*) filter (where " + StallRule.AsOf.CONDITION + ") as stalled "
                + "from deal d join pipeline_stage s on s.id = d.stage_id where d.pipeline_id = ? and d.active" + OWNED
                + " group by d.stage_id").params(args)
                .query((rs, n) -> new StageTotal(rs.getObject("stage_id", UUID.class), rs.getLong("n"),
                        rs.getLong("amount"), rs.getLong("stalled"))).list();
    }

    /** A terminal stage's deals that reached it since {@code since}. */
    StageTotal recentTotal(UUID stageId, Instant since, UUID owner) {
        return jdbc.sql("select count(*) as n, coalesce(sum(amount), 0) as amount from deal d "
                + "where d.stage_id = ?" + OWNED + " and d.stage_entered_at >= ?").params(stageId, owner, owner, ts(since))
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
