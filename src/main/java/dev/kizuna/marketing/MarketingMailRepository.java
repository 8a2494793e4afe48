package dev.kizuna.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail log and outbox (table {@code marketing_mail}). A row is claimed (status sending, claimed_by, a lease in
 * claimed_until) in one statement with {@code for update skip locked} before it is sent, so two instances never take
 * the same row, and a row whose claim ran out (its instance died mid-send) is taken again.
 */
@Repository
class MarketingMailRepository {

    static final KeysetOrder OLDEST = new KeysetOrder("m.created_at", "timestamptz", "m.id", false);
    /** A fresh unsubscribe token: two random UUIDs' 244 random bits as 64 hex digits. */
    private static final String TOKEN = "replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')";

    private final JdbcClient jdbc;

    MarketingMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues one mail per customer the segment's SQL selects who accepts e-mail and has an address, in one
     * statement; returns how many.
     */
    int queueCampaign(UUID campaignId, UUID templateId, String where, List<Object> conditionArgs) {
        List<Object> args = new ArrayList<>(List.of(campaignId, templateId));
        args.addAll(conditionArgs);
        return jdbc.sql("insert into marketing_mail (id, campaign_id, company_id, template_id, to_address,"
                + " unsubscribe_token) select gen_random_uuid(), ?, c.id, ?, c.email, " + TOKEN
                + SegmentRepository.FROM + where + " and c.email_opt_in and coalesce(c.email, '') <> ''")
                .params(args).update();
    }

    /** Queues a sequence step's mail; false when that step of that enrolment already has one. */
    boolean queueStep(UUID enrollmentId, int step, UUID companyId, UUID templateId, String to) {
        return jdbc.sql("insert into marketing_mail (id, enrollment_id, step, company_id, template_id, to_address,"
                + " unsubscribe_token) values (gen_random_uuid(), ?, ?, ?, ?, ?, " + TOKEN + ") on conflict do nothing")
                .params(enrollmentId, step, companyId, templateId, to).update() == 1;
    }

    /**
     * Claims up to {@code limit} rows for {@code instance} until {@code leaseUntil}: queued ones due by {@code now},
     * and ones another instance claimed whose lease ran out before {@code now}. Each claim counts as an attempt.
     */
    List<MarketingMail.Claimed> claim(String instance, Instant now, Instant leaseUntil, int limit) {
        List<MarketingMail.Claimed> claimed = new ArrayList<>(claim(instance, leaseUntil, limit, """
                select id from marketing_mail where status = 'sending' and claimed_until < ?
                order by claimed_until, id limit ? for update skip locked""", now));
        claimed.addAll(claim(instance, leaseUntil, limit - claimed.size(), """
                select id from marketing_mail where status = 'queued' and next_attempt_at <= ?
                order by next_attempt_at, id limit ? for update skip locked""", now));
        return claimed;
    }

    private List<MarketingMail.Claimed> claim(String instance, Instant leaseUntil, int limit, String due,
            Instant now) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("update marketing_mail m set status = 'sending', claimed_by = ?, claimed_until = ?,"
                + " attempts = m.attempts + 1 from (" + due + ") d where m.id = d.id returning m.id, m.campaign_id,"
                + " m.enrollment_id, m.company_id, m.template_id, m.to_address, m.unsubscribe_token, m.attempts")
                .params(instance, ts(leaseUntil), ts(now), limit)
                .query((rs, n) -> new MarketingMail.Claimed(rs.getObject("id", UUID.class),
                        rs.getObject("campaign_id", UUID.class), rs.getObject("enrollment_id", UUID.class),
                        rs.getObject("company_id", UUID.class), rs.getObject("template_id", UUID.class),
                        rs.getString("to_address"), rs.getString("unsubscribe_token"), rs.getInt("attempts")))
                .list();
    }

    /** Records the outcome of a claimed row, only while this instance still holds it. */
    boolean finish(UUID id, String instance, String status, String error, Instant nextAttemptAt) {
        return jdbc.sql("""
                update marketing_mail set status = ?, last_error = ?, next_attempt_at = coalesce(?, next_attempt_at),
                  sent_at = case when ? = 'sent' then now() end, claimed_by = null, claimed_until = null
                where id = ? and status = 'sending' and claimed_by = ?
                """).params(status, error == null ? "" : error, ts(nextAttemptAt), status, id, instance).update() == 1;
    }

    /** The customer behind an unsubscribe token. */
    Optional<UUID> companyOfToken(String token) {
        return jdbc.sql("select company_id from marketing_mail where unsubscribe_token = ?").param(token)
                .query(UUID.class).optional();
    }

    /** A campaign's recipients in the order queued; optionally one status. */
    List<MarketingMail> ofCampaign(UUID campaignId, String status, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                select m.*, c.name as company_name from marketing_mail m join company c on c.id = m.company_id
                where m.campaign_id = ? and (cast(? as text) is null or m.status = ?)""");
        List<Object> args = new ArrayList<>(Arrays.asList(campaignId, status, status));
        OLDEST.appendAfter(sql, args, after);
        OLDEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(MarketingMailRepository::row).list();
    }

    /** How many of a campaign's mails are in each status. */
    Map<String, Long> countsOfCampaign(UUID campaignId) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from marketing_mail where campaign_id = ? group by status")
                .param(campaignId).query((rs, n) -> out.put(rs.getString("status"), rs.getLong("n"))).list();
        return out;
    }

    /** A customer's latest mails (the customer page, the sequence tests). */
    List<MarketingMail> ofCompany(UUID companyId, int limit) {
        return jdbc.sql("""
                select m.*, c.name as company_name from marketing_mail m join company c on c.id = m.company_id
                where m.company_id = ? order by m.created_at desc, m.id desc limit ?
                """).params(companyId, limit).query(MarketingMailRepository::row).list();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static MarketingMail row(ResultSet rs, int n) throws SQLException {
        return new MarketingMail(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getObject("enrollment_id", UUID.class), rs.getObject("step", Integer.class),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"), rs.getString("to_address"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "sent_at"), instant(rs, "created_at"));
    }
}
