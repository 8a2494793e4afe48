package dev.kizuna.sales;

import java.util.Map;
import java.util.UUID;

/**
 * An assignment rule for leads of a pipeline and/or a source (null = any): the first rule in {@code position} order
 * that matches decides who gets the lead, by {@code round_robin} or {@code weighted} among the holders of
 * {@code roleId}, leaving out reps whose compliance score this month is under {@code minComplianceScore}. In
 * {@code weights} a holder not listed weighs 1.
 */
public record RoutingRule(UUID id, int position, String name, UUID pipelineId, String channel, String leadSource,
        String strategy, UUID roleId, int minComplianceScore, Map<UUID, Integer> weights, long version) {

    public static final java.util.List<String> STRATEGIES = java.util.List.of("round_robin", "weighted");
    public static final java.util.List<String> CHANNELS = java.util.List.of("web_form", "api", "manual");

    /** Whether the lead (its pipeline, the way it came in and its source) falls under this rule. */
    public boolean matches(UUID leadPipelineId, String leadChannel, String leadLeadSource) {
        return (pipelineId == null || pipelineId.equals(leadPipelineId))
                && (channel == null || channel.equals(leadChannel))
                && (leadSource == null || leadSource.equals(leadLeadSource == null ? "" : leadLeadSource.strip()));
    }

    public int weightOf(UUID userId) {
        return weights.getOrDefault(userId, 1);
    }
}
