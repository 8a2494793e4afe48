package dev.kizuna.insights;

import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** daily_report_setting (a team without a row sends at 08:00) and daily_report_send (one row per team and day). */
@Repository
class DailyReportSettingRepository {

    record Row(LocalTime sendAt, boolean enabled) {
    }

    private final JdbcClient jdbc;

    DailyReportSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID teamId) {
        return jdbc.sql("select send_at, enabled from daily_report_setting where team_id = ?").param(teamId)
                .query((rs, n) -> new Row(rs.getTime(1).toLocalTime(), rs.getBoolean(2))).optional();
    }

    void save(UUID teamId, LocalTime sendAt, boolean enabled, UUID actor) {
        jdbc.sql("""
                insert into daily_report_setting (team_id, send_at, enabled, updated_by) values (?, ?, ?, ?)
                on conflict (team_id) do update set send_at = excluded.send_at, enabled = excluded.enabled,
                    version = daily_report_setting.version + 1, updated_at = now(), updated_by = excluded.updated_by
                """).params(teamId, Time.valueOf(sendAt), enabled, actor).update();
    }

    /** Claims the team's send for the day; false when it was already claimed (sent, or being sent elsewhere). */
    boolean claim(UUID teamId, LocalDate day, int recipients) {
        return jdbc.sql("""
                insert into daily_report_send (team_id, report_day, recipients) values (?, ?, ?)
                on conflict do nothing
                """).params(teamId, java.sql.Date.valueOf(day), recipients).update() == 1;
    }

    void release(UUID teamId, LocalDate day) {
        jdbc.sql("delete from daily_report_send where team_id = ? and report_day = ?")
                .params(teamId, java.sql.Date.valueOf(day)).update();
    }

    boolean sent(UUID teamId, LocalDate day) {
        return jdbc.sql("select count(*) from daily_report_send where team_id = ? and report_day = ?")
                .params(teamId, java.sql.Date.valueOf(day)).query(Long.class).single() > 0;
    }
}
