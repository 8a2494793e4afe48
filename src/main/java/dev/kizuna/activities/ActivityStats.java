package dev.kizuna.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures over activities for reports (the daily report, input compliance): always for a named set of reps and a
 * half-open period {@code [from, to)}. Notes are not activities here; only calls, visits, e-mails and the like
 * count. Reps without any matching row are simply absent from a result.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActivityStats {

    /** The zone in which a day starts and ends for reports and follow-up dates. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");

    private final ActivityStatsRepository stats;
    private final ActivityRollups rollups;

    ActivityStats(ActivityStatsRepository stats, ActivityRollups rollups) {
        this.stats = stats;
        this.rollups = rollups;
    }

    /** Activities per rep, channel and type on the days {@code from..to} (Tokyo), in channel then type order. */
    public List<ActivityCount> counts(LocalDate from, LocalDate to, Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of() : rollups.counts(from, to, userIds);
    }

    /**
     * Per rep: activities on the period's days and how many were logged more than {@code lateAfterHours} after they
     * happened, from the daily rollup kept as activities are logged.
     */
    public List<LoggingTimeliness> timeliness(CompliancePeriod period, Collection<UUID> userIds, int lateAfterHours) {
        return userIds.isEmpty() ? List.of() : rollups.timeliness(period.from(), period.to(), userIds, lateAfterHours);
    }

    /** Per rep: follow-ups promised for a day before {@code day} and not done when that day began (Tokyo time). */
    public List<UserCount> overdueFollowUps(LocalDate day, Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of()
                : stats.overdueFollowUps(day, day.atStartOfDay(BUSINESS_ZONE).toInstant(), userIds);
    }

    /** Per rep: customers they own with no activity in the {@code days} days before {@code at}. */
    public List<UserCount> dormantCustomers(Instant at, int days, Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of() : stats.dormantCustomers(at, days, userIds);
    }

    /** The reps who logged at least one activity in the period. */
    public List<UUID> loggedBy(Instant from, Instant to) {
        return stats.loggedBy(from, to);
    }

    /** Per customer: when its last activity happened before {@code before}; customers without one are absent. */
    public java.util.Map<UUID, Instant> lastActivityBefore(Collection<UUID> companyIds, Instant before) {
        return companyIds.isEmpty() ? java.util.Map.of() : stats.lastActivityBefore(companyIds, before);
    }

    /** Every customer's last activity before {@code before}, in one pass over activities; customers without one are absent. */
    public java.util.Map<UUID, Instant> lastActivityOfEveryCustomerBefore(Instant before) {
        return stats.lastActivityOfEveryCustomerBefore(before);
    }

    /** Every customer's activities of a type in {@code [from, to)}, in one pass; customers without any are absent. */
    public java.util.Map<UUID, Long> countOfTypeForEveryCustomer(UUID typeId, Instant from, Instant to) {
        return stats.countOfTypeForEveryCustomer(typeId, from, to);
    }

    /** Per customer: activities of a type (e.g. クレーム) that happened in {@code [from, to)}; none are absent. */
    public java.util.Map<UUID, Long> countOfType(Collection<UUID> companyIds, UUID typeId, Instant from, Instant to) {
        return companyIds.isEmpty() ? java.util.Map.of() : stats.countOfType(companyIds, typeId, from, to);
    }
}
