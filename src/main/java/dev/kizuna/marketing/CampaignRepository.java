package dev.kizuna.marketing;

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

/** Campaigns (table {@code campaign}) with their template's and segment's names. */
@Repository
class CampaignRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("k.created_at", "timestamptz", "k.id", true);
    private static final String SELECT = """
            select k.*, t.name as template_name, s.name as segment_name from campaign k
              join email_template t on t.id = k.template_id join segment s on s.id = k.segment_id
            """;

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Campaign> find(UUID id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(CampaignRepository::row).optional();
    }

    /** Newest first; optionally one status. */
    List<Campaign> list(String status, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + " where (cast(? as text) is null or k.status = ?)");
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(status, status));
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(CampaignRepository::row).list();
    }

    List<CampaignSummary> summaries(int limit) {
        return jdbc.sql(SELECT + " where k.status <> 'cancelled' order by k.scheduled_at desc nulls last, k.id limit ?")
                .param(limit).query(CampaignRepository::row).list().stream().map(Campaign::summary).toList();
    }

    Optional<CampaignSummary> summary(UUID id) {
        return find(id).map(Campaign::summary);
    }

    void insert(UUID id, CampaignDraft d, String status, UUID actor) {
        jdbc.sql("""
                insert into campaign (id, name, template_id, segment_id, status, scheduled_at, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.name(), d.templateId(), d.segmentId(), status, ts(d.scheduledAt()), actor, actor)
                .update();
    }

    /** Changes a draft or scheduled campaign at {@code version}; false when stale or already going out. */
    boolean update(UUID id, long version, CampaignDraft d, String status, UUID actor) {
        return jdbc.sql("""
                update campaign set name = ?, template_id = ?, segment_id = ?, scheduled_at = ?, status = ?,
                  version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ? and status in ('draft', 'scheduled')
                """).params(d.name(), d.templateId(), d.segmentId(), ts(d.scheduledAt()), status, actor, id, version)
                .update() == 1;
    }

    boolean cancel(UUID id, long version, UUID actor) {
        return jdbc.sql("""
                update campaign set status = 'cancelled', version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ? and status in ('draft', 'scheduled')
                """).params(actor, id, version).update() == 1;
    }

    /** Scheduled campaigns whose time has come. */
    List<UUID> due(Instant now) {
        return jdbc.sql("select id from campaign where status = 'scheduled' and scheduled_at <= ? order by scheduled_at")
                .param(ts(now)).query(UUID.class).list();
    }

    /** Puts a campaign on its way now: scheduled at {@code now}, from draft or scheduled, at {@code version}. */
    boolean scheduleNow(UUID id, long version, Instant now, UUID actor) {
        return jdbc.sql("""
                update campaign set status = 'scheduled', scheduled_at = ?, version = version + 1, updated_at = now(),
                  updated_by = ? where id = ? and version = ? and status in ('draft', 'scheduled')
                """).params(ts(now), actor, id, version).update() == 1;
    }

    /**
     * Takes a due scheduled campaign to sending (the row lock makes a second instance wait, then find it taken);
     * false when it is not (or no longer) due.
     */
    boolean startSending(UUID id, Instant now) {
        return jdbc.sql("""
                update campaign set status = 'sending', queued_at = now(), version = version + 1, updated_at = now()
                where id = ? and status = 'scheduled' and scheduled_at <= ?
                """).params(id, ts(now)).update() == 1;
    }

    void recipients(UUID id, int count) {
        jdbc.sql("update campaign set recipients = ? where id = ?").params(count, id).update();
    }

    /** Sending campaigns none of whose mails is still queued or being sent become sent. */
    int finishSent() {
        return jdbc.sql("""
                update campaign k set status = 'sent', version = version + 1, updated_at = now()
                where k.status = 'sending' and not exists (select 1 from marketing_mail m
                  where m.campaign_id = k.id and m.status in ('queued', 'sending'))
                """).update();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Campaign row(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("template_id", UUID.class), rs.getString("template_name"),
                rs.getObject("segment_id", UUID.class), rs.getString("segment_name"), rs.getString("status"),
                instant(rs, "scheduled_at"), instant(rs, "queued_at"), rs.getInt("recipients"), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
