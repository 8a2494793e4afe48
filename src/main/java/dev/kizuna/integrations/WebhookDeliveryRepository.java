package dev.kizuna.integrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook outbox ({@code webhook_delivery}): each message to send, its attempts and its outcome. */
@Repository
class WebhookDeliveryRepository {

    private final JdbcClient jdbc;

    WebhookDeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending delivery, due now; the stored row. */
    Delivery insert(UUID id, UUID webhookId, String event, String text, String payloadJson) {
        jdbc.sql("""
                insert into webhook_delivery (id, webhook_id, event, text, payload) values (?, ?, ?, ?, cast(? as jsonb))
                """).params(id, webhookId, event, text, payloadJson).update();
        return jdbc.sql("select * from webhook_delivery where id = ?").param(id).query(WebhookDeliveryRepository::map)
                .single();
    }

    /**
     * Up to {@code limit} due deliveries, their next attempt moved a {@code lease} ahead in the statement that picks
     * them ({@code for update skip locked}), so two instances never take the same one at once.
     */
    List<Delivery> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                update webhook_delivery set next_attempt_at = now() + make_interval(secs => ?)
                 where id in (select id from webhook_delivery
                               where status = 'pending' and next_attempt_at <= now()
                               order by next_attempt_at limit ? for update skip locked)
                returning *
                """).params(lease.toSeconds(), limit).query(WebhookDeliveryRepository::map).list();
    }

    void delivered(UUID id, int httpStatus) {
        jdbc.sql("""
                update webhook_delivery set status = 'delivered', attempts = attempts + 1, last_status = ?,
                       last_error = '', delivered_at = now() where id = ?
                """).params(httpStatus, id).update();
    }

    /** A failed attempt: its count and answer, and {@code status} (pending or failed) with the next try's wait. */
    void failed(UUID id, int attempts, Integer httpStatus, String error, String status, long waitSeconds) {
        jdbc.sql("""
                update webhook_delivery set attempts = :attempts, last_status = :httpStatus, last_error = :error,
                       status = :status, next_attempt_at = now() + make_interval(secs => :wait)
                 where id = :id
                """).param("attempts", attempts).param("httpStatus", httpStatus).param("error", error)
                .param("status", status).param("wait", waitSeconds).param("id", id).update();
    }

    /** A delivery not yet delivered is due again at once, from the first attempt. */
    void retry(UUID webhookId, UUID id) {
        jdbc.sql("""
                update webhook_delivery set status = 'pending', attempts = 0, next_attempt_at = now()
                 where id = ? and webhook_id = ? and status <> 'delivered'
                """).params(id, webhookId).update();
    }

    /** A webhook's newest deliveries. */
    List<Delivery> newestOf(UUID webhookId, int limit) {
        return jdbc.sql("select * from webhook_delivery where webhook_id = ? order by created_at desc, id desc limit ?")
                .params(webhookId, limit).query(WebhookDeliveryRepository::map).list();
    }

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
                rs.getString("event"), rs.getString("text"), rs.getString("payload"), rs.getString("status"),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant());
    }
}
