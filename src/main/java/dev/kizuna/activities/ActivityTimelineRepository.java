package dev.kizuna.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities and notes for the timeline, through the (company_id, occurred_at desc, id desc) index. */
@Repository
class ActivityTimelineRepository {

    /** One activity or note with the names the timeline shows and how many files it has. */
    record Row(UUID id, String kind, Instant occurredAt, String details, String outcome, String userName,
            String channel, String channelEn, String type, String typeEn, String contactName, int files) {
    }

    private final JdbcClient jdbc;

    ActivityTimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer's (optionally one contact's) entries of the kinds, before (occurred, id) when given, newest first. */
    List<Row> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before, UUID beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.kind, a.occurred_at, a.details, a.outcome, u.display_name as user_name,
                       ch.name as channel, ch.name_en as channel_en, ty.name as type, ty.name_en as type_en, k.name as contact_name,
                       (select count(*) from activity_attachment f where f.activity_id = a.id) as files
                  from activity a join app_user u on u.id = a.user_id
                  left join activity_option ch on ch.id = a.channel_id
                  left join activity_option ty on ty.id = a.type_id
                  left join contact k on k.id = a.contact_id
                 where a.company_id = ? and a.kind = any(?)""");
        List<Object> args = new ArrayList<>(List.of(companyId, kinds.toArray(String[]::new)));
        if (contactId != null) {
            sql.append(" and a.contact_id = ?");
            args.add(contactId);
        }
        if (before != null) {
            sql.append(" and (a.occurred_at, a.id) < (?, ?)");
            args.add(Timestamp.from(before));
            args.add(beforeId);
        }
        sql.append(" order by a.occurred_at desc, a.id desc limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new Row(rs.getObject("id", UUID.class),
                rs.getString("kind"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("details"),
                rs.getString("outcome"), rs.getString("user_name"), rs.getString("channel"),
                rs.getString("channel_en"), rs.getString("type"), rs.getString("type_en"),
                rs.getString("contact_name"), rs.getInt("files"))).list();
    }
}
