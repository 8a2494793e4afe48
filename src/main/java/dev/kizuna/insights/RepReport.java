package dev.kizuna.insights;

import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.ComplianceLine;

/**
 * One rep's (or, with a null id, a team's total) lines of the daily report: activities in the covered days by
 * channel and by type, customers they added, follow-ups overdue on the report day, and their input compliance
 * for the month so far (null for totals and for people who are not reps this month).
 */
public record RepReport(UUID userId, String name, long activities, List<Tally> byChannel, List<Tally> byType,
        long newCustomers, long overdueFollowUps, ComplianceLine compliance) {
}
