package dev.kizuna.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over {@code voice_feedback} and {@code voice_feedback_vote}. Joins {@code company}, {@code contact} and
 * {@code app_user} read-only for names. Each item keeps its vote count and revenue at stake, so the ranked lists page
 * on an index.
 */
@Repository
class FeedbackRepository {

    static final KeysetOrder BY_VOTES = new KeysetOrder("f.vote_count", "integer", "f.id", true);
    static final KeysetOrder BY_REVENUE = new KeysetOrder("f.revenue_at_stake", "bigint", "f.id", true);
    static final KeysetOrder BY_CREATED = new KeysetOrder("f.created_at", "timestamptz", "f.id", true);
    /** How many of the asking customers are in the health bands 危険 or 注意 (success's current scores). */
    static final String AT_RISK = """
            (select count(*)::integer from voice_feedback_vote v join success_health_score h on h.company_id = v.company_id
              where v.feedback_id = f.id and h.band in ('danger', 'caution'))""";
    /** The product team's third ranking: by customers at risk, then by votes. */
    static final KeysetOrder BY_HEALTH = new KeysetOrder(java.util.List.of(AT_RISK, "f.vote_count"),
            java.util.List.of("integer", "integer"), "f.id", true);
    private static final String SELECT = "select f.*, c.name as company_name, p.name as contact_name,"
            + " u.display_name as created_by_name, " + AT_RISK + " as votes_at_risk" + """

              from voice_feedback f left join company c on c.id = f.company_id
              left join contact p on p.id = f.contact_id left join app_user u on u.id = f.created_by
            """;

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static KeysetOrder order(String sort) {
        return switch (sort) {
            case "revenue" -> BY_REVENUE;
            case "created" -> BY_CREATED;
            case "health" -> BY_HEALTH;
            default -> BY_VOTES;
        };
    }

    Optional<Feedback> find(UUID id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FeedbackRepository::map).optional();
    }

    Optional<Feedback> findForUpdate(UUID id) {
        jdbc.sql("select id from voice_feedback where id = ? for update").param(id).query(UUID.class).optional();
        return find(id);
    }

    List<Feedback> list(FeedbackFilter f, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        if ("open".equals(f.status())) {
            sql.append(" and f.status in ('received', 'considering', 'planned')");
        } else if (f.status() != null) {
            sql.append(" and f.status = ?");
            args.add(f.status());
        }
        add(sql, args, " and f.kind = ?", f.kind());
        add(sql, args, " and f.source = ?", f.source());
        add(sql, args, " and f.product_area = ?", f.productArea());
        add(sql, args, " and f.company_id = ?", f.companyId());
        add(sql, args, " and exists (select 1 from voice_feedback_vote v where v.feedback_id = f.id"
                + " and v.company_id = ?)", f.votedBy());
        KeysetOrder order = order(f.sortOrDefault());
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(FeedbackRepository::map).list();
    }

    private static void add(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            args.add(value);
        }
    }

    void insert(UUID id, FeedbackDraft d, UUID actor) {
        jdbc.sql("""
                insert into voice_feedback (id, kind, body, source, product_area, company_id, contact_id, activity_id,
                    created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.kind(), d.body(), d.source(), d.productArea(), d.companyId(), d.contactId(),
                d.activityId(), actor, actor).update();
    }

    boolean update(UUID id, long version, String kind, String body, String productArea, String status,
            String reason, boolean closing, UUID actor) {
        return jdbc.sql("""
                update voice_feedback set kind = ?, body = ?, product_area = ?, status = ?, status_reason = ?,
                    closed_at = case when ? then now() when ? in ('done', 'declined') then closed_at end,
                    version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ? and status <> 'merged'
                """).params(kind, body, productArea, status, reason, closing, status, actor, id, version)
                .update() == 1;
    }

    void markMerged(UUID id, UUID into, UUID actor) {
        jdbc.sql("""
                update voice_feedback set status = 'merged', merged_into_id = ?, version = version + 1,
                    updated_at = now(), updated_by = ? where id = ?
                """).params(into, actor, id).update();
    }

    /** Adds a customer's vote; false when that customer has voted for the item already. */
    boolean addVote(UUID feedbackId, UUID companyId, UUID contactId, long revenue, UUID actor) {
        return jdbc.sql("""
                insert into voice_feedback_vote (id, feedback_id, company_id, contact_id, revenue, created_by,
                    updated_by) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict do nothing
                """).params(feedbackId, companyId, contactId, revenue, actor, actor).update() == 1;
    }

    /** Moves the votes of one item to another, a customer who voted for both keeping the older vote. */
    void moveVotes(UUID from, UUID to, UUID actor) {
        jdbc.sql("""
                update voice_feedback_vote v set feedback_id = ?, version = version + 1, updated_at = now(),
                    updated_by = ? where v.feedback_id = ? and not exists (select 1 from voice_feedback_vote w
                    where w.feedback_id = ? and w.company_id = v.company_id)
                """).params(to, actor, from, to).update();
        jdbc.sql("delete from voice_feedback_vote where feedback_id = ?").param(from).update();
    }

    /** Recounts an item's votes and revenue at stake from its vote rows. */
    void recount(UUID feedbackId) {
        jdbc.sql("""
                update voice_feedback f set vote_count = s.n, revenue_at_stake = s.revenue
                  from (select count(*) as n, coalesce(sum(revenue), 0) as revenue from voice_feedback_vote
                        where feedback_id = ?) s where f.id = ?
                """).params(feedbackId, feedbackId).update();
    }

    List<FeedbackVote> votes(UUID feedbackId) {
        return jdbc.sql("""
                select v.*, c.name as company_name, c.owner_id, p.name as contact_name from voice_feedback_vote v
                  join company c on c.id = v.company_id left join contact p on p.id = v.contact_id
                 where v.feedback_id = ? order by v.created_at, v.id
                """).param(feedbackId).query((rs, n) -> new FeedbackVote(rs.getObject("id", UUID.class),
                feedbackId, rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("owner_id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getString("contact_name"), rs.getLong("revenue"), instant(rs, "created_at"))).list();
    }

    /** Items a customer voted for, newest first. */
    List<Feedback> votedBy(UUID companyId, int limit) {
        return jdbc.sql(SELECT + """
                 where exists (select 1 from voice_feedback_vote v where v.feedback_id = f.id and v.company_id = ?)
                 order by f.created_at desc, f.id desc limit ?""").params(companyId, limit)
                .query(FeedbackRepository::map).list();
    }

    /** Claims the reply mail of an item to an address; false when it was sent (or is being sent) already. */
    boolean claimReply(UUID feedbackId, String to, UUID actor) {
        return jdbc.sql("""
                insert into voice_reply_mail (feedback_id, to_address, created_by) values (?, ?, ?)
                on conflict do nothing""").params(feedbackId, to, actor).update() == 1;
    }

    void replySent(UUID feedbackId, String to) {
        jdbc.sql("update voice_reply_mail set status = 'sent', sent_at = now() where feedback_id = ? and to_address = ?")
                .params(feedbackId, to).update();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Feedback map(ResultSet rs, int n) throws SQLException {
        return new Feedback(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("body"),
                rs.getString("source"), rs.getString("product_area"), rs.getString("status"),
                rs.getString("status_reason"), rs.getObject("merged_into_id", UUID.class),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("contact_id", UUID.class), rs.getString("contact_name"),
                rs.getObject("activity_id", UUID.class), rs.getInt("vote_count"), rs.getLong("revenue_at_stake"),
                rs.getInt("votes_at_risk"),
                instant(rs, "closed_at"), rs.getString("created_by_name"), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
