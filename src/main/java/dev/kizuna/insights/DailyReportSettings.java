package dev.kizuna.insights;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each team's send time for the daily report e-mail; administrators change it, audited. */
@Service
@Transactional
public class DailyReportSettings {

    private final DailyReportSettingRepository settings;
    private final Teams teams;
    private final AuditLog audit;

    DailyReportSettings(DailyReportSettingRepository settings, Teams teams, AuditLog audit) {
        this.settings = settings;
        this.teams = teams;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<DailyReportSetting> list() {
        return teams.list().stream().map(this::of).toList();
    }

    DailyReportSetting of(Team team) {
        var row = settings.find(team.id());
        return new DailyReportSetting(team.id(), team.name(),
                row.map(DailyReportSettingRepository.Row::sendAt).orElse(DailyReportSetting.DEFAULT_SEND_AT),
                row.map(DailyReportSettingRepository.Row::enabled).orElse(true));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public DailyReportSetting set(UUID teamId, LocalTime sendAt, boolean enabled) {
        Team team = teams.find(teamId);
        DailyReportSetting before = of(team);
        LocalTime minute = sendAt.withSecond(0).withNano(0);
        settings.save(teamId, minute, enabled, CurrentActor.required().actorId());
        DailyReportSetting after = of(team);
        audit.record("daily-report-setting.updated", "team", teamId,
                Map.of("sendAt", before.sendAt().toString(), "enabled", before.enabled()),
                Map.of("sendAt", after.sendAt().toString(), "enabled", after.enabled()));
        return after;
    }
}
