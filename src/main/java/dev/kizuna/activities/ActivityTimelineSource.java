package dev.kizuna.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Activities and notes on the timeline, through the (company_id, occurred_at desc, id desc) index. */
@Component
class ActivityTimelineSource implements TimelineSource {

    private final JdbcClient jdbc;

    ActivityTimelineSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> kinds() {
        return List.of(Activity.ACTIVITY, Activity.NOTE);
    }

    @Override
    public List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
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
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> {
            String kind = rs.getString("kind");
            String title = Activity.NOTE.equals(kind) ? ""
                    : label(rs.getString("channel"), rs.getString("channel_en"), english)
                            + (english ? " · " : "・") + label(rs.getString("type"), rs.getString("type_en"), english)
                            + (rs.getString("contact_name") == null ? "" : "（" + rs.getString("contact_name") + "）");
            return new TimelineEntry(kind, rs.getTimestamp("occurred_at").toInstant(), rs.getObject("id", UUID.class),
                    title, outcomeKey(rs.getString("outcome")), rs.getString("details"), rs.getString("user_name"),
                    "/activities/" + rs.getObject("id", UUID.class), rs.getInt("files"));
        }).list();
    }

    /** The English name of a channel or type on an English page, when it has one (issue 24: 電話・納期確認 in English). */
    private static String label(String name, String nameEn, boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** 通話 / 不通 beside a call. */
    private static String outcomeKey(String outcome) {
        return outcome == null ? null : "activities.outcome." + outcome.toUpperCase();
    }
}
