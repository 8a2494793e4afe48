package dev.kizuna.sales;

import java.util.UUID;

/**
 * Who gets new leads: round-robin among active users holding {@code roleId}, leaving out reps whose input-compliance
 * score this month is under {@code minComplianceScore} (seed 004: no new customers for reps who do not keep their
 * records up). No role: leads wait unassigned for a manager.
 */
public record AssignmentRule(UUID roleId, int minComplianceScore, long version) {
}
