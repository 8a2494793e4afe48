package dev.kizuna.insights.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved reports e-mailed weekly with the full data as Excel. The report runs with its schedule owner's permission
 * level at send time, so a schedule never shows more than its owner may see.
 */
@Service
public class ReportSchedules {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);
    public static final int MAX_RECIPIENTS = 20;

    private final ReportScheduleRepository schedules;
    private final Reports reports;
    private final ReportRunRepository runs;
    private final ReportMail mail;
    private final Users users;

    ReportSchedules(ReportScheduleRepository schedules, Reports reports, ReportRunRepository runs, ReportMail mail,
            Users users) {
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

    /** Every {@code weekday} at {@code sendAt} (Tokyo time) to these addresses; the report must be one the caller may open. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public ReportSchedule create(UUID reportId, DayOfWeek weekday, LocalTime sendAt, List<String> recipients) {
        Check check = Check.of().required("reportId", reportId).required("weekday", weekday).required("sendAt", sendAt)
                .required("recipients", recipients);
        if (recipients != null) {
            check.failIf(recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS, "recipients", "Range", 1, MAX_RECIPIENTS);
            recipients.forEach(r -> check.email("recipients", r));
        }
        check.verify();
        reports.find(reportId);
        UUID id = UUID.randomUUID();
        schedules.insert(id, reportId, CurrentActor.required().actorId(), weekday, sendAt,
                recipients.stream().map(String::strip).distinct().toList());
        return schedules.find(id).orElseThrow();
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void delete(UUID id) {
        ReportSchedule s = schedules.find(id).filter(x -> x.ownerId().equals(CurrentActor.required().actorId())
                || CurrentActor.hasRole("ADMIN")).orElseThrow(() -> new NotFoundException("report-schedule", id));
        schedules.delete(s.id());
    }

    /** Sends what is due at {@code now} (Tokyo); returns how many schedules were sent. Each is claimed first. */
    int sendDue(ZonedDateTime now) {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        for (ReportSchedule s : schedules.due(now.toLocalDate(), now.toLocalTime())) {
            if (!schedules.claim(s.id(), now.toLocalDate())) {
                continue;
            }
            try {
                var owner = users.find(s.ownerId());
                var definition = reports.definitionOf(s.reportId());
                ReportResult result = Reports.chart(definition, runs.run(ReportQuery.of(definition, owner.level())));
                mail.send(s, result, Locale.forLanguageTag(owner.locale() == null ? "ja" : owner.locale()));
                sent++;
            } catch (RuntimeException e) {
                schedules.release(s.id(), now.toLocalDate());
                log.warn("Scheduled report {} not sent; trying again next minute", s.id(), e);
            }
        }
        return sent;
    }
}
