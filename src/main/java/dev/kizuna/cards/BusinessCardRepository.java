package dev.kizuna.cards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The business_card table: cards, their queue (claimed with a lease) and what was read. */
@Repository
class BusinessCardRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("created_at", "timestamptz", "id", true);
    private static final TypeReference<Map<String, CardField>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BusinessCardRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record NewCard(UUID id, String fileKey, String fileName, String contentType, long fileSize, String backKey,
            String backType, Long backSize, UUID ownerId, UUID createdBy) {
    }

    void insert(NewCard c) {
        jdbc.sql("""
                insert into business_card (id, file_key, file_name, content_type, file_size, back_key, back_type,
                    back_size, owner_id, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(c.id(), c.fileKey(), c.fileName(), c.contentType(),
                c.fileSize(), c.backKey(), c.backType(), c.backSize(), c.ownerId(), c.createdBy(), c.createdBy())
                .update();
    }

    Optional<BusinessCard> find(UUID id) {
        return jdbc.sql("select * from business_card where id = ?").param(id).query(this::map).optional();
    }

    record Keys(String front, String back, String contentType, String backType, long size, Long backSize) {
    }

    Optional<Keys> keys(UUID id) {
        return jdbc.sql("""
                select file_key, back_key, content_type, back_type, file_size, back_size from business_card
                 where id = ?""").param(id)
                .query((rs, n) -> new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, Long.class))).optional();
    }

    /** Newest first; {@code status} null for all (served by business_card_status_idx / _list_idx). */
    CursorPage<BusinessCard> page(String status, PageQuery page) {
        StringBuilder sql = new StringBuilder("select * from business_card where true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status);
        }
        NEWEST.appendAfter(sql, args, page.decodedCursor(2));
        NEWEST.appendOrderAndLimit(sql, args, page.fetchSize());
        return page.page(jdbc.sql(sql.toString()).params(args).query(this::map).list(),
                c -> Cursor.of(c.createdAt().toString(), c.id()));
    }

    /** Cards by status, for the queue's progress line. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        BusinessCard.STATUSES.forEach(s -> counts.put(s, 0L));
        jdbc.sql("select status, count(*) from business_card group by status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Claims the oldest queued card no instance is reading (or whose reader stopped renewing its lease): two
     * instances never read one card at once ({@code for update skip locked}).
     */
    Optional<UUID> claim(int leaseSeconds) {
        return jdbc.sql("""
                update business_card set lease_until = now() + make_interval(secs => ?), attempts = attempts + 1
                 where id = (select id from business_card
                              where status = 'queued' and (lease_until is null or lease_until < now())
                              order by created_at limit 1 for update skip locked)
                returning id""").param(leaseSeconds).query(UUID.class).optional();
    }

    int attempts(UUID id) {
        return jdbc.sql("select attempts from business_card where id = ?").param(id).query(Integer.class).single();
    }

    void recognised(UUID id, Map<String, CardField> fields, String text, double seconds) {
        jdbc.sql("""
                update business_card set status = 'recognised', fields = ?::jsonb, ocr_text = ?, seconds = ?,
                    error = null, lease_until = null, recognised_at = now(), updated_at = now(), version = version + 1
                 where id = ? and status = 'queued'""")
                .params(json.writeValueAsString(fields), text, Math.round(seconds * 100) / 100.0, id).update();
    }

    void failed(UUID id, String error) {
        jdbc.sql("""
                update business_card set status = 'failed', error = ?, lease_until = null, updated_at = now(),
                    version = version + 1 where id = ? and status = 'queued'""").params(error, id).update();
    }

    /** Back in the queue for a later try (the reader stopped: Tesseract went away, the instance shuts down). */
    void release(UUID id) {
        jdbc.sql("update business_card set lease_until = null where id = ?").param(id).update();
    }

    boolean reviewed(UUID id, long version, Map<String, CardField> fields, UUID contactId, UUID companyId, UUID by) {
        return jdbc.sql("""
                update business_card set status = 'reviewed', fields = ?::jsonb, contact_id = ?, company_id = ?,
                    reviewed_at = now(), reviewed_by = ?, updated_at = now(), updated_by = ?, version = version + 1
                 where id = ? and version = ? and status = 'recognised'""")
                .params(json.writeValueAsString(fields), contactId, companyId, by, by, id, version).update() == 1;
    }

    /** The cards that became this contact, newest first (the contact's page shows them). */
    List<BusinessCard> ofContact(UUID contactId) {
        return jdbc.sql("select * from business_card where contact_id = ? order by created_at desc").param(contactId)
                .query(this::map).list();
    }

    List<UUID> moveCompany(UUID from, UUID to) {
        return jdbc.sql("update business_card set company_id = ? where company_id = ? returning id").params(to, from)
                .query(UUID.class).list();
    }

    List<UUID> moveContact(UUID from, UUID to) {
        return jdbc.sql("update business_card set contact_id = ? where contact_id = ? returning id").params(to, from)
                .query(UUID.class).list();
    }

    long countOfCompany(UUID companyId) {
        return jdbc.sql("select count(*) from business_card where company_id = ?").param(companyId).query(Long.class)
                .single();
    }

    private BusinessCard map(ResultSet rs, int n) throws SQLException {
        java.math.BigDecimal seconds = rs.getBigDecimal("seconds");
        return new BusinessCard(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("file_size"), rs.getString("back_key") != null,
                rs.getObject("owner_id", UUID.class), json.readValue(rs.getString("fields"), FIELDS),
                rs.getString("ocr_text"), rs.getString("error"), seconds == null ? null : seconds.doubleValue(),
                rs.getObject("contact_id", UUID.class), rs.getObject("company_id", UUID.class),
                instant(rs, "created_at"), instant(rs, "recognised_at"), instant(rs, "reviewed_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
