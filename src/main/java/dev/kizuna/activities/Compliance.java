package dev.kizuna.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kizuna.activities.ComplianceSnapshots.RepFigures;
import dev.kizuna.customers.CustomerActivity;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Input compliance (入力遵守) per rep and period, and its one transparent score ({@link ComplianceScore}).
 * A rep is an active user above viewer who owns a customer or logged an activity in the period. Managers and
 * administrators see the whole ranking; everyone sees their own line with their rank.
 * <p>
 * A period still running is measured as things are now; a finished one as they stood at the end of its last day,
 * from that day's snapshot ({@link ComplianceSnapshots}): customers owned and complete, customers without activity
 * and overdue follow-ups. Timeliness comes from a daily rollup kept as activities are logged ({@link ActivityRollups}).
 */
@Service
@Transactional(readOnly = true)
public class Compliance {

    static final String AUDIT_TYPE = "compliance-settings";

    private final ActivityStats stats;
    private final ComplianceSettingRepository settings;
    private final ComplianceSnapshots snapshots;
    private final CustomerActivity customerActivity;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    Compliance(ActivityStats stats, ComplianceSettingRepository settings, ComplianceSnapshots snapshots,
            CustomerActivity customerActivity, Users users, AuditLog audit, Optional<Clock> clock) {
        this.stats = stats;
        this.settings = settings;
        this.snapshots = snapshots;
        this.customerActivity = customerActivity;
        this.users = users;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PreAuthorize("isAuthenticated()")
    public ComplianceSettings settings() {
        return settings.get();
    }

    /** Changes N, M and the weights; audited. A stale version is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ComplianceSettings updateSettings(ComplianceSettings changed) {
        changed.verify();
        ComplianceSettings before = settings.get();
        if (!settings.update(changed, changed.version(), CurrentActor.required().actorId())) {
            throw new StaleVersionException(AUDIT_TYPE, 1);
        }
        ComplianceSettings after = settings.get();
        audit.record("compliance-settings.updated", AUDIT_TYPE, 1, before, after);
        return after;
    }

    /** Every rep's line, best score first (ties by name): for managers, administrators and lead assignment. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<ComplianceLine> ranking(CompliancePeriod period) {
        return computeRanking(period);
    }

    /** What the caller may see: every rep's line for managers and administrators, else only their own. */
    @PreAuthorize("isAuthenticated()")
    public List<ComplianceLine> visibleLines(CompliancePeriod period) {
        return CurrentActor.hasRole("MANAGER") ? computeRanking(period) : mine(period).map(List::of).orElse(List.of());
    }

    /** The caller's own line with their rank, or empty when they are not a rep in the period. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ComplianceLine> mine(CompliancePeriod period) {
        UUID me = CurrentActor.required().actorId();
        return computeRanking(period).stream().filter(l -> l.userId().equals(me)).findFirst();
    }

    /**
     * A rep's score for a period (0–100), or empty when they are not a rep in it. For the sales module's lead
     * assignment: a rep under the threshold it sets gets no new leads.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Integer> score(UUID userId, CompliancePeriod period) {
        return computeRanking(period).stream().filter(l -> l.userId().equals(userId)).findFirst()
                .map(ComplianceLine::score);
    }

    /**
     * A period still running is measured live: the customer master's last-activity dates and the follow-ups as they
     * are now. A finished one reads the snapshot of its last day. Timeliness always comes from the daily rollup.
     */
    private List<ComplianceLine> computeRanking(CompliancePeriod period) {
        ComplianceSettings s = settings.get();
        Instant now = clock.instant();
        Map<UUID, String> active = activeReps();
        Map<UUID, RepFigures> figures = period.end().isAfter(now) ? liveFigures(now, s.dormantDays(), active.keySet())
                : snapshots.endOf(period.to(), s.dormantDays(), active.keySet());
        Set<UUID> reps = new java.util.LinkedHashSet<>();
        figures.forEach((rep, f) -> {
            if (f.customers() > 0) {
                reps.add(rep);
            }
        });
        reps.addAll(stats.loggedBy(period.start(), period.end()));
        reps.retainAll(active.keySet());
        Map<UUID, LoggingTimeliness> timely = stats.timeliness(period, reps, s.lateAfterHours()).stream()
                .collect(Collectors.toMap(LoggingTimeliness::userId, Function.identity()));
        List<ComplianceLine> lines = new ArrayList<>();
        for (UUID rep : reps) {
            RepFigures f = figures.getOrDefault(rep, RepFigures.NONE);
            LoggingTimeliness t = timely.getOrDefault(rep, new LoggingTimeliness(rep, 0, 0));
            int completePart = ComplianceScore.percent(f.complete(), f.customers());
            int onTimePart = ComplianceScore.percent(t.onTime(), t.activities());
            int activePart = ComplianceScore.percent(f.customers() - f.dormant(), f.customers());
            int followUpPart = ComplianceScore.followUpPart(f.overdue());
            lines.add(new ComplianceLine(rep, active.get(rep), f.customers(), f.complete(), t.activities(), t.onTime(),
                    f.dormant(), f.overdue(), completePart, onTimePart, activePart, followUpPart,
                    ComplianceScore.score(s, completePart, onTimePart, activePart, followUpPart), 0, 0));
        }
        return ranked(lines);
    }

    private Map<UUID, RepFigures> liveFigures(Instant now, int dormantDays, Set<UUID> reps) {
        LocalDate today = LocalDate.ofInstant(now, ActivityStats.BUSINESS_ZONE);
        return ComplianceSnapshots.combine(
                customerActivity.byOwner(reps, now, now.minus(java.time.Duration.ofDays(dormantDays))), null,
                ComplianceSnapshots.counts(stats.overdueFollowUps(today, reps)));
    }

    /** Sorted best first; equal scores share a rank (1, 2, 2, 4). */
    static List<ComplianceLine> ranked(List<ComplianceLine> lines) {
        List<ComplianceLine> sorted = lines.stream().sorted(Comparator.comparingInt(ComplianceLine::score).reversed()
                .thenComparing(ComplianceLine::userName)).toList();
        List<ComplianceLine> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ComplianceLine l = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score() == l.score() ? result.get(i - 1).rank() : i + 1;
            result.add(new ComplianceLine(l.userId(), l.userName(), l.customers(), l.completeCustomers(),
                    l.activities(), l.loggedOnTime(), l.dormantCustomers(), l.overdueFollowUps(), l.completePart(),
                    l.onTimePart(), l.activePart(), l.followUpPart(), l.score(), rank, sorted.size()));
        }
        return result;
    }

    /** Active users above viewer, by id, with their display names. */
    private Map<UUID, String> activeReps() {
        Map<UUID, String> reps = new LinkedHashMap<>();
        String cursor = null;
        do {
            var page = users.list(new UserFilter(null, null, true, null, "kana", false),
                    PageQuery.of(PageQuery.MAX_LIMIT, cursor));
            for (UserSummary u : page.items()) {
                if (u.level() != PermissionLevel.VIEWER) {
                    reps.put(u.id(), u.displayName());
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return reps;
    }
}
