package dev.kizuna.insights.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Scheduled report and dashboard e-mails and their sends: a send is claimed (a row per schedule and day) before the mail goes out, so a
 * restart or a second instance never sends twice, and released when sending failed so the next minute tries again.
 */
@Repository
class ReportScheduleRepository {

    private static final String SELECT = """
            select s.id, s.report_id, r.name as report_name, s.dashboard_id, d.name as dashboard_name, s.owner_id,
                   s.frequency, s.weekday, s.month_day, s.send_at, s.recipients
              from report_schedule s left join report r on r.id = s.report_id
                   left join dashboard d on d.id = s.dashboard_id""";

    private final JdbcClient jdbc;

    ReportScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID reportId, UUID dashboardId, UUID ownerId, ReportFrequency frequency, DayOfWeek weekday,
            Integer monthDay, LocalTime sendAt, List<String> recipients) {
        jdbc.sql("""
                insert into report_schedule (id, report_id, dashboard_id, owner_id, frequency, weekday, month_day, send_at,
                                             recipients)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reportId, dashboardId, ownerId, frequency.code(), weekday == null ? null : weekday.getValue(), monthDay,
                        sendAt, recipients.toArray(String[]::new)).update();
    }

    Optional<ReportSchedule> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(ReportScheduleRepository::schedule).optional();
    }

    List<ReportSchedule> ofOwner(UUID ownerId) {
        return jdbc.sql(SELECT + " where s.owner_id = ? order by s.frequency, s.weekday, s.month_day, s.send_at, s.id")
                .param(ownerId).query(ReportScheduleRepository::schedule).list();
    }

    /** A report's schedules, any owner's (report_schedule_report_idx). */
    List<ReportSchedule> ofReport(UUID reportId) {
        return jdbc.sql(SELECT + " where s.report_id = ? order by s.frequency, s.weekday, s.month_day, s.send_at, s.id")
                .param(reportId).query(ReportScheduleRepository::schedule).list();
    }

    /** A dashboard's schedules, any owner's (report_schedule_dashboard_idx). */
    List<ReportSchedule> ofDashboard(UUID dashboardId) {
        return jdbc.sql(SELECT + " where s.dashboard_id = ? order by s.frequency, s.weekday, s.month_day, s.send_at, s.id")
                .param(dashboardId).query(ReportScheduleRepository::schedule).list();
    }

    /**
     * Schedules whose time of day has come and that were not sent on {@code day} (report_schedule_time_idx); whether
     * {@code day} is one of theirs is for {@link ReportFrequency} to say.
     */
    List<ReportSchedule> timeHasCome(LocalDate day, LocalTime now) {
        return jdbc.sql(SELECT + """

                 where s.send_at <= ?
                   and not exists (select 1 from report_schedule_send x where x.schedule_id = s.id and x.day = ?)
                 order by s.send_at, s.id""").params(now, day)
                .query(ReportScheduleRepository::schedule).list();
    }

    boolean claim(UUID scheduleId, LocalDate day) {
        return jdbc.sql("insert into report_schedule_send (schedule_id, day) values (?, ?) on conflict do nothing")
                .params(scheduleId, day).update() == 1;
    }

    void release(UUID scheduleId, LocalDate day) {
        jdbc.sql("delete from report_schedule_send where schedule_id = ? and day = ?").params(scheduleId, day).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from report_schedule where id = ?").param(id).update();
    }

    private static ReportSchedule schedule(ResultSet rs, int n) throws SQLException {
        return new ReportSchedule(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
                rs.getString("report_name"), rs.getObject("dashboard_id", UUID.class), rs.getString("dashboard_name"),
                rs.getObject("owner_id", UUID.class),
                ReportFrequency.of(rs.getString("frequency")),
                rs.getObject("weekday") == null ? null : DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("month_day", Integer.class), rs.getObject("send_at", LocalTime.class), Arrays.asList((String[]) rs.getArray("recipients").getArray()));
    }
}
