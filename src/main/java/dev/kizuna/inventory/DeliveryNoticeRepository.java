package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery notices (table {@code stock_delivery_notice}, one per location and week). A sender claims a notice before
 * sending it, so a restart or a second instance never sends one twice.
 */
@Repository
class DeliveryNoticeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DeliveryNoticeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the week's notice unless the location has one; true when written now. */
    boolean insert(UUID id, UUID locationId, LocalDate weekStart, List<DeliveryNotice.Line> lines, String body) {
        return jdbc.sql("""
                insert into stock_delivery_notice (id, location_id, week_start, lines, body, status)
                values (?, ?, ?, cast(? as jsonb), ?, 'pending') on conflict (location_id, week_start) do nothing
                """).params(id, locationId, weekStart, json.writeValueAsString(lines), body).update() == 1;
    }

    /** Claims a pending notice (or one whose claim is stale) for sending; false when someone else has it. */
    boolean claim(UUID locationId, LocalDate weekStart) {
        return jdbc.sql("""
                update stock_delivery_notice set claimed_at = now(), attempts = attempts + 1
                 where location_id = ? and week_start = ? and status in ('pending', 'failed')
                   and (claimed_at is null or claimed_at < now() - interval '10 minutes')
                """).params(locationId, weekStart).update() == 1;
    }

    void sent(UUID locationId, LocalDate weekStart) {
        jdbc.sql("""
                update stock_delivery_notice set status = 'sent', sent_at = now(), last_error = ''
                 where location_id = ? and week_start = ?
                """).params(locationId, weekStart).update();
    }

    void failed(UUID locationId, LocalDate weekStart, String error) {
        jdbc.sql("""
                update stock_delivery_notice set status = 'failed', claimed_at = null, last_error = ?
                 where location_id = ? and week_start = ?
                """).params(error, locationId, weekStart).update();
    }

    Optional<DeliveryNotice> find(UUID locationId, LocalDate weekStart) {
        return jdbc.sql("select * from stock_delivery_notice where location_id = ? and week_start = ?")
                .params(locationId, weekStart).query((rs, n) -> new DeliveryNotice(rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getObject("week_start", LocalDate.class),
                        json.readValue(rs.getString("lines"), new TypeReference<List<DeliveryNotice.Line>>() { }),
                        rs.getString("body"), rs.getString("status"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getInt("attempts"))).optional();
    }
}
