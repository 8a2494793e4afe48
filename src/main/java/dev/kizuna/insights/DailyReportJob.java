package dev.kizuna.insights;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.kizuna.activities.ActivityStats;
import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute: on a business day, each enabled team whose send time has come and whose report has not gone
 * out today gets it by e-mail. The send is claimed in daily_report_send first, so a restart or a second instance
 * never sends it twice; a failed send releases the claim and is tried again the next minute.
 */
@Component
class DailyReportJob {

    private static final Logger log = LoggerFactory.getLogger(DailyReportJob.class);

    private final DailyReports reports;
    private final DailyReportSettings settings;
    private final DailyReportSettingRepository sends;
    private final Teams teams;
    private final BusinessCalendar calendar;
    private final DailyReportMail mail;
    private final Clock clock;
    private final AtomicBoolean toldMailIsOff = new AtomicBoolean();

    DailyReportJob(DailyReports reports, DailyReportSettings settings, DailyReportSettingRepository sends, Teams teams,
            BusinessCalendar calendar, DailyReportMail mail, Optional<Clock> clock) {
        this.reports = reports;
        this.settings = settings;
        this.sends = sends;
        this.teams = teams;
        this.calendar = calendar;
        this.mail = mail;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "0 * * * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "daily-report-mail", lockAtMostFor = "PT30S") // each team is claimed; a dead holder blocks 30 s
    void sendDue() {
        SystemActor.run(() -> sendDue(ZonedDateTime.now(clock.withZone(ActivityStats.BUSINESS_ZONE))));
    }

    /** Sends what is due at {@code now} (Tokyo time); returns how many teams' reports went out. */
    int sendDue(ZonedDateTime now) {
        if (!mail.enabled()) {
            if (toldMailIsOff.compareAndSet(false, true)) {
                log.info("Daily report e-mails are off: set KIZUNA_SMTP_HOST to send them");
            }
            return 0;
        }
        var today = now.toLocalDate();
        if (!calendar.isBusinessDay(today)) {
            return 0;
        }
        var report = new java.util.concurrent.atomic.AtomicReference<DailyReport>();
        java.util.function.Supplier<DailyReport> lazily = () -> report.updateAndGet(r -> r == null ? reports.wholeReport(today) : r);
        int sent = 0;
        for (Team team : teams.list()) {
            DailyReportSetting setting = settings.of(team);
            if (setting.enabled() && !now.toLocalTime().isBefore(setting.sendAt()) && sendTeam(team, today, lazily)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends a team's report of the day unless it already went out; true when this call sent it. */
    boolean sendTeam(Team team, java.time.LocalDate day, java.util.function.Supplier<DailyReport> report) {
        if (sends.sent(team.id(), day)) {
            return false;
        }
        var recipients = mail.recipients(team);
        if (recipients.isEmpty() || !sends.claim(team.id(), day, recipients.size())) {
            return false;
        }
        try {
            DailyReport whole = report.get();
            TeamReport section = whole.teams().stream().filter(t -> team.id().equals(t.teamId())).findFirst()
                    .orElseThrow();
            mail.send(whole, section, recipients);
            return true;
        } catch (RuntimeException e) {
            sends.release(team.id(), day);
            log.warn("Daily report of team {} for {} not sent; trying again next minute", team.name(), day, e);
            return false;
        }
    }
}
