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
 * Weekly report e-mails and their sends: a send is claimed (a row per schedule and day) before the mail goes out, so a
 * restart or a second instance never sends twice, and released when sending failed so the next minute tries again.
 */
@Repository
class ReportScheduleRepository {

    private static final String SELECT = """
            select s.id, s.report_id, r.name as report_name, s.owner_id, s.weekday, s.send_at, s.recipients
              from report_schedule s join report r on r.id = s.report_id""";

    private final JdbcClient jdbc;

    ReportScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID reportId, UUID ownerId, DayOfWeek weekday, LocalTime sendAt, List<String> recipients) {
        jdbc.sql("insert into report_schedule (id, report_id, owner_id, weekday, send_at, recipients) values (?, ?, ?, ?, ?, ?)")
                .params(id, reportId, ownerId, weekday.getValue(), sendAt, recipients.toArray(String[]::new)).update();
    }

    Optional<ReportSchedule> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(ReportScheduleRepository::schedule).optional();
    }

    List<ReportSchedule> ofOwner(UUID ownerId) {
        return jdbc.sql(SELECT + " where s.owner_id = ? order by s.weekday, s.send_at, s.id").param(ownerId)
                .query(ReportScheduleRepository::schedule).list();
    }

    /** Schedules of this weekday whose time has come and that were not sent on {@code day} (report_schedule_due_idx). */
    List<ReportSchedule> due(LocalDate day, LocalTime now) {
        return jdbc.sql(SELECT + """

                 where s.weekday = ? and s.send_at <= ?
                   and not exists (select 1 from report_schedule_send x where x.schedule_id = s.id and x.day = ?)
                 order by s.send_at, s.id""").params(day.getDayOfWeek().getValue(), now, day)
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
                rs.getString("report_name"), rs.getObject("owner_id", UUID.class), DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("send_at", LocalTime.class), Arrays.asList((String[]) rs.getArray("recipients").getArray()));
    }
}
