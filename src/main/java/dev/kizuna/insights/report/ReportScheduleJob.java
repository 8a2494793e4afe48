package dev.kizuna.insights.report;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, on one instance: sends the weekly report e-mails whose time has come. */
@Component
class ReportScheduleJob {

    private final ReportSchedules schedules;

    ReportScheduleJob(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @Scheduled(cron = "30 * * * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "report-schedules", lockAtMostFor = "PT50S")
    void sendDue() {
        SystemActor.run(() -> schedules.sendDue(ZonedDateTime.now(ZoneId.of("Asia/Tokyo"))));
    }
}
