package dev.kizuna.success;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_health_action}. */
@Repository
class HealthActionRepository {

    private final JdbcClient jdbc;

    HealthActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID companyId, String kind, HealthBand band, BigDecimal score, String reason, UUID recordId,
            UUID ownerId) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into success_health_action (id, company_id, kind, band, score, reason, record_id, owner_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, companyId, kind, band == null ? null : band.code(), score, reason, recordId, ownerId)
                .update();
        return id;
    }

    /** Whether an action of the kind was recorded for the customer since {@code since}. */
    boolean since(UUID companyId, String kind, Instant since) {
        return jdbc.sql("""
                select exists (select 1 from success_health_action where company_id = ? and kind = ? and created_at >= ?)
                """).params(companyId, kind, java.sql.Timestamp.from(since)).query(Boolean.class).single();
    }

    List<HealthAction> ofCompany(UUID companyId, int limit) {
        return jdbc.sql("select * from success_health_action where company_id = ? order by created_at desc, id limit ?")
                .params(companyId, limit).query(HealthActionRepository::map).list();
    }

    List<UUID> move(UUID to, UUID from) {
        return jdbc.sql("update success_health_action set company_id = ? where company_id = ? returning id")
                .params(to, from).query(UUID.class).list();
    }

    long count(UUID companyId) {
        return jdbc.sql("select count(*) from success_health_action where company_id = ?").param(companyId)
                .query(Long.class).single();
    }

    private static HealthAction map(ResultSet rs, int n) throws SQLException {
        String band = rs.getString("band");
        return new HealthAction(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("kind"), band == null ? null : HealthBand.of(band), rs.getBigDecimal("score"),
                rs.getString("reason"), rs.getObject("record_id", UUID.class), rs.getObject("owner_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
