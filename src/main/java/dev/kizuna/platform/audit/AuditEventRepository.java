package dev.kizuna.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table: insert and read only (a trigger refuses updates and deletes). */
@Repository
class AuditEventRepository {

    record NewAuditEvent(UUID actorId, String actorName, String action, String objectType, String objectId,
            String summary, String before, String after, String ip) {
    }

    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    AuditEventRepository(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(NewAuditEvent e) {
        jdbc.sql("""
                insert into audit_event (actor_id, actor_name, action, object_type, object_id, summary,
                                         before_value, after_value, ip)
                values (:actorId, :actorName, :action, :objectType, :objectId, :summary,
                        cast(:before as jsonb), cast(:after as jsonb), :ip)
                """)
                .paramSource(e)
                .update();
    }

    /** Newest first, keyset-paged by id; each filter is served by an index on (column, id desc). */
    /** Through audit_event_object_idx (object_type, object_id, id desc): ids grow with time. */
    List<AuditTrail.RecordChange> changesOf(String objectType, String objectId, List<String> actions,
            java.time.Instant atOrBefore, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor_name, action, before_value::text as b, after_value::text as a
                  from audit_event
                 where object_type = ? and object_id = ? and action = any(?)
                   and (cast(? as timestamptz) is null or occurred_at <= cast(? as timestamptz))
                 order by id desc limit ?
                """).params(objectType, objectId, actions.toArray(String[]::new),
                        atOrBefore == null ? null : java.sql.Timestamp.from(atOrBefore),
                        atOrBefore == null ? null : java.sql.Timestamp.from(atOrBefore), limit)
                .query((rs, n) -> new AuditTrail.RecordChange(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"), rs.getString("action"),
                        AuditChange.between(json, rs.getString("b"), rs.getString("a")))).list();
    }

    List<AuditEvent> find(AuditFilter filter, ZoneId zone, Long beforeId, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_id, actor_name, action, object_type, object_id, summary,
                       before_value::text as before_value, after_value::text as after_value, ip
                  from audit_event
                 where true
                """);
        List<Object> args = new ArrayList<>();
        if (filter.actorId() != null) {
            sql.append(" and actor_id = ?");
            args.add(filter.actorId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action like ? escape '\\'");
            args.add(likePrefix(filter.action().trim()));
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            sql.append(" and object_type = ?");
            args.add(filter.objectType().trim());
        }
        if (filter.objectId() != null && !filter.objectId().isBlank()) {
            sql.append(" and object_id = ?");
            args.add(filter.objectId().trim());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(java.sql.Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (beforeId != null) {
            sql.append(" and id < ?");
            args.add(beforeId);
        }
        sql.append(" order by id desc limit ?");
        args.add(fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(AuditEventRepository::map).list();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("summary"),
                rs.getString("before_value"), rs.getString("after_value"), rs.getString("ip"));
    }

}
