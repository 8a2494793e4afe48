package dev.kizuna.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts customers, activities and teams straight into the tables, for report tests with exact figures. */
public record ReportData(JdbcClient jdbc) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(TOKYO).toInstant();
    }

    /** An active user at a permission level, with a unique e-mail. */
    public UUID user(String level, String displayName) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, email, display_name, name_kana, password_hash, permission_level)
                values (?, ?, ?, 'テスト', 'x', ?)""").params(id, "rep-" + id + "@test.example.jp", displayName, level)
                .update();
        return id;
    }

    public String email(UUID user) {
        return jdbc.sql("select email from app_user where id = ?").param(user).query(String.class).single();
    }

    public UUID company(UUID owner, String name, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status, owner_id, created_at) values (?, 'company', ?, 'customer', ?, ?)")
                .params(id, name, owner, Timestamp.from(createdAt)).update();
        // A customer backdated behind the app's back: the compliance snapshots from that day on are out of date.
        jdbc.sql("delete from compliance_snapshot_day where day >= ?")
                .param(java.sql.Date.valueOf(LocalDate.ofInstant(createdAt, TOKYO))).update();
        return id;
    }

    public UUID activity(UUID user, UUID company, Instant occurredAt, Instant loggedAt, String channel, String type,
            LocalDate followUpOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into activity (id, occurred_at, logged_at, user_id, channel_id, type_id, company_id, outcome,
                    follow_up_action, follow_up_on)
                values (?, ?, ?, ?, (select id from activity_option where kind = 'channel' and name = ?),
                        (select id from activity_option where kind = 'type' and name = ?), ?,
                        case when ? = '電話' then 'reached' end, ?, ?)
                """).params(id, Timestamp.from(occurredAt), Timestamp.from(loggedAt), user, channel, type, company,
                channel, followUpOn == null ? null : "電話する", followUpOn == null ? null : java.sql.Date.valueOf(followUpOn))
                .update();
        // What the activities module keeps in step when it logs one (ActivityBookkeeping), done here the same way.
        jdbc.sql("""
                insert into activity_delay_rollup (user_id, day, delay_hours, activities)
                select user_id, (occurred_at at time zone 'Asia/Tokyo')::date,
                       least(greatest(ceil(extract(epoch from (logged_at - occurred_at)) / 3600), 0), 721)::smallint, 1
                  from activity where id = ?
                on conflict (user_id, day, delay_hours) do update set activities = activity_delay_rollup.activities + 1
                """).param(id).update();
        jdbc.sql("""
                insert into activity_day_count (user_id, day, channel_id, type_id, activities)
                select user_id, (occurred_at at time zone 'Asia/Tokyo')::date, channel_id, type_id, 1
                  from activity where id = ?
                on conflict (user_id, day, channel_id, type_id) do update set activities = activity_day_count.activities + 1
                """).param(id).update();
        jdbc.sql("update company set last_activity_at = greatest(coalesce(last_activity_at, '-infinity'), ?) where id = ?")
                .params(Timestamp.from(occurredAt), company).update();
        jdbc.sql("delete from compliance_snapshot_day where day >= ?")
                .param(java.sql.Date.valueOf(LocalDate.ofInstant(occurredAt, TOKYO))).update();
        return id;
    }

    public UUID team(String name, UUID manager, UUID... members) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, manager_id) values (?, ?, ?)").params(id, name, manager).update();
        jdbc.sql("insert into team_member (team_id, user_id) values (?, ?)").params(id, manager).update();
        for (UUID m : members) {
            jdbc.sql("insert into team_member (team_id, user_id) values (?, ?)").params(id, m).update();
        }
        return id;
    }

    public void rename(UUID user, String displayName) {
        jdbc.sql("update app_user set display_name = ? where id = ?").params(displayName, user).update();
    }
}
