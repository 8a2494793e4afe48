package dev.kizuna.insights.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.identity.User;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved reports and whole dashboards e-mailed every business day, week or month with the charts and the full data as
 * Excel. They run with the schedule owner's permission level at send time, so a schedule never shows more than its owner
 * may see; a dashboard its owner may no longer open is not sent.
 */
@Service
public class ReportSchedules {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);
    public static final int MAX_RECIPIENTS = 20;
    static final String AUDIT_TYPE = "report-schedule";

    private final ReportScheduleRepository schedules;
    private final Reports reports;
    private final Dashboards dashboards;
    private final ReportRunRepository runs;
    private final ReportMail mail;
    private final Users users;
    private final BusinessCalendar calendar;
    private final AuditLog audit;

    ReportSchedules(ReportScheduleRepository schedules, Reports reports, Dashboards dashboards, ReportRunRepository runs,
            ReportMail mail, Users users, BusinessCalendar calendar, AuditLog audit) {
        this.dashboards = dashboards;
        this.calendar = calendar;
        this.audit = audit;
        this.schedules = schedules;
        this.reports = reports;
        this.runs = runs;
        this.mail = mail;
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportSchedule> mine() {
        return schedules.ofOwner(CurrentActor.required().actorId());
    }

    /** A report's schedules, whoever made them; the report must be one the caller may open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportSchedule> ofReport(UUID reportId) {
        reports.find(reportId);
        return schedules.ofReport(reportId);
    }

    /** A dashboard's schedules, whoever made them; the dashboard must be one the caller may open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportSchedule> ofDashboard(UUID dashboardId) {
        dashboards.find(dashboardId);
        return schedules.ofDashboard(dashboardId);
    }

    /**
     * E-mails a report or a whole dashboard (one of the two) at {@code sendAt} (Tokyo time) to the addresses: every business day, every week on
     * {@code weekday} or every month on {@code monthDay} (1–28); weekly when no frequency is given. The report or
     * dashboard must be one the caller may open.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public ReportSchedule create(ReportScheduleDraft draft) {
        ReportFrequency frequency = draft.frequency() == null ? ReportFrequency.WEEKLY : draft.frequency();
        List<String> recipients = draft.recipients();
        Check check = Check.of().failIf(draft.reportId() == null && draft.dashboardId() == null, "reportId", "NotBlank")
                .failIf(draft.reportId() != null && draft.dashboardId() != null, "dashboardId", "ReportOrDashboard")
                .required("sendAt", draft.sendAt()).required("recipients", recipients);
        if (frequency == ReportFrequency.WEEKLY) {
            check.required("weekday", draft.weekday());
        }
        if (frequency == ReportFrequency.MONTHLY) {
            check.required("monthDay", draft.monthDay());
            check.failIf(draft.monthDay() != null && (draft.monthDay() < 1
                    || draft.monthDay() > ReportFrequency.LAST_MONTH_DAY), "monthDay", "Range", 1, ReportFrequency.LAST_MONTH_DAY);
        }
        if (recipients != null) {
            check.failIf(recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS, "recipients", "Range", 1, MAX_RECIPIENTS);
            recipients.forEach(r -> check.email("recipients", r));
        }
        check.verify();
        if (draft.dashboardId() != null) {
            dashboards.find(draft.dashboardId());
        } else {
            reports.find(draft.reportId());
        }
        UUID id = UUID.randomUUID();
        schedules.insert(id, draft.reportId(), draft.dashboardId(), CurrentActor.required().actorId(), frequency,
                frequency == ReportFrequency.WEEKLY ? draft.weekday() : null,
                frequency == ReportFrequency.MONTHLY ? draft.monthDay() : null, draft.sendAt(),
                recipients.stream().map(String::strip).distinct().toList());
        ReportSchedule made = schedules.find(id).orElseThrow();
        audit.record("report.scheduled", AUDIT_TYPE, id, null, made);
        return made;
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void delete(UUID id) {
        ReportSchedule s = schedules.find(id).filter(x -> x.ownerId().equals(CurrentActor.required().actorId())
                || CurrentActor.hasRole("ADMIN")).orElseThrow(() -> new NotFoundException("report-schedule", id));
        schedules.delete(s.id());
        audit.record("report.unscheduled", AUDIT_TYPE, s.id(), s, null);
    }

    /** Sends what is due at {@code now} (Tokyo); returns how many schedules were sent. Each is claimed first. */
    int sendDue(ZonedDateTime now) {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        for (ReportSchedule s : schedules.timeHasCome(now.toLocalDate(), now.toLocalTime())) {
            if (!s.frequency().sendsOn(now.toLocalDate(), s.weekday(), s.monthDay(), calendar)
                    || !schedules.claim(s.id(), now.toLocalDate())) {
                continue;
            }
            try {
                var owner = users.find(s.ownerId());
                Optional<List<MailedChart>> charts = chartsFor(s, owner);
                if (charts.isEmpty()) {
                    log.warn("Scheduled dashboard {} not sent: its owner {} may no longer open it", s.id(), s.ownerId());
                    continue;
                }
                mail.send(s, charts.get(), Locale.forLanguageTag(owner.locale() == null ? "ja" : owner.locale()));
                sent++;
            } catch (RuntimeException e) {
                schedules.release(s.id(), now.toLocalDate());
                log.warn("Scheduled report {} not sent; trying again next minute", s.id(), e);
            }
        }
        return sent;
    }

    /** The report's chart, or the dashboard's tiles as its owner may see them; empty when they may not open it. */
    private Optional<List<MailedChart>> chartsFor(ReportSchedule s, User owner) {
        if (s.dashboardId() != null) {
            return dashboards.tilesFor(s.dashboardId(), owner).map(tiles -> tiles.stream()
                    .map(t -> new MailedChart(t.report().name(), t.result())).toList());
        }
        var definition = reports.definitionOf(s.reportId());
        return Optional.of(List.of(new MailedChart(s.reportName(),
                Reports.chart(definition, runs.run(ReportQuery.of(definition, owner.level()))))));
    }
}
