package dev.kizuna.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.ComplianceLine;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.security.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Who gets a new lead. The first assignment rule (in order) whose pipeline and source match the lead decides; when
 * none does, the default rule. Among the active holders of the rule's job role, reps whose input-compliance score for
 * this month so far is under the threshold are left out (a rep with no score yet is eligible); then
 * <ul>
 * <li>round-robin: the next rep in furigana order after the last one this rule gave a lead;</li>
 * <li>weighted: the rep whose share would stay lowest against their weight — the smallest (given + 1) / weight,
 * counting the leads this rule gave each rep — so that over many leads the split follows the weights.</li>
 * </ul>
 * Every candidate and why is recorded, with the rule. Reads users and compliance as the system: a lead from the
 * public form arrives with nobody signed in.
 */
@Component
class LeadAssignment {

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Tokyo");

    private final LeadRepository leads;
    private final AssignmentRules rules;
    private final Users users;
    private final Compliance compliance;
    private final Clock clock;

    LeadAssignment(LeadRepository leads, AssignmentRules rules, Users users, Compliance compliance,
            java.util.Optional<Clock> clock) {
        this.leads = leads;
        this.rules = rules;
        this.users = users;
        this.compliance = compliance;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Assigns the lead by the matching rule, records why, and returns the rep (null when nobody could take it). */
    UUID assign(UUID leadId) {
        Lead lead = leads.find(leadId).orElseThrow();
        RoutingRule matched = rules.matching(lead);
        if (matched != null) {
            return assign(leadId, matched);
        }
        AssignmentRule rule = leads.rule();
        if (rule.roleId() == null) {
            leads.recordAssignment(Ids.newId(), leadId, null, List.of(), "sales.assignment.noRule", null, null);
            return null;
        }
        Choice choice = roundRobin(holders(rule.roleId()), scores(), rule.minComplianceScore(),
                leads.lastAssignedForUpdate());
        leads.recordAssignment(Ids.newId(), leadId, choice.chosen(), choice.looked(), choice.reason(),
                rule.minComplianceScore(), null);
        if (choice.chosen() != null) {
            leads.assign(leadId, choice.chosen());
            leads.setLastAssigned(choice.chosen());
        }
        return choice.chosen();
    }

    private UUID assign(UUID leadId, RoutingRule rule) {
        List<UserSummary> holders = holders(rule.roleId());
        Choice choice = "weighted".equals(rule.strategy())
                ? weighted(holders, scores(), rule, leads.givenBy(rule.id()))
                : roundRobin(holders, scores(), rule.minComplianceScore(), leads.lastAssignedForUpdate(rule.id()));
        leads.recordAssignment(Ids.newId(), leadId, choice.chosen(), choice.looked(), choice.reason(),
                rule.minComplianceScore(), null, rule.id());
        if (choice.chosen() != null) {
            leads.assign(leadId, choice.chosen());
            leads.setLastAssigned(rule.id(), choice.chosen());
        }
        return choice.chosen();
    }

    record Choice(UUID chosen, List<Assignment.Candidate> looked, String reason) {
    }

    static Choice roundRobin(List<UserSummary> holders, Map<UUID, Integer> scores, int threshold, UUID last) {
        int start = 0;
        for (int i = 0; i < holders.size(); i++) {
            if (holders.get(i).id().equals(last)) {
                start = i + 1;
            }
        }
        List<Assignment.Candidate> looked = new ArrayList<>();
        UUID chosen = null;
        for (int k = 0; k < holders.size(); k++) {
            UserSummary u = holders.get((start + k) % holders.size());
            Integer score = scores.get(u.id());
            boolean eligible = score == null || score >= threshold;
            String why = !eligible ? "sales.assignment.belowThreshold"
                    : chosen == null ? (score == null ? "sales.assignment.chosenNoScore" : "sales.assignment.chosenTurn")
                    : "sales.assignment.notTheirTurn";
            looked.add(new Assignment.Candidate(u.id(), u.displayName(), score, eligible, why));
            if (eligible && chosen == null) {
                chosen = u.id();
            }
        }
        return new Choice(chosen, looked, holders.isEmpty() ? "sales.assignment.nobodyInRole"
                : chosen == null ? "sales.assignment.allBelowThreshold" : "sales.assignment.roundRobin");
    }

    static Choice weighted(List<UserSummary> holders, Map<UUID, Integer> scores, RoutingRule rule,
            Map<UUID, Long> given) {
        UUID chosen = holders.stream()
                .filter(u -> eligible(scores.get(u.id()), rule.minComplianceScore()) && rule.weightOf(u.id()) > 0)
                .min(Comparator.comparingDouble((UserSummary u) ->
                        (given.getOrDefault(u.id(), 0L) + 1.0) / rule.weightOf(u.id())))
                .map(UserSummary::id).orElse(null);
        List<Assignment.Candidate> looked = holders.stream().map(u -> {
            Integer score = scores.get(u.id());
            boolean eligible = eligible(score, rule.minComplianceScore());
            String why = !eligible ? "sales.assignment.belowThreshold"
                    : rule.weightOf(u.id()) == 0 ? "sales.assignment.weightZero"
                    : u.id().equals(chosen) ? "sales.assignment.chosenWeighted" : "sales.assignment.aheadOfShare";
            return new Assignment.Candidate(u.id(), u.displayName(), score, eligible && rule.weightOf(u.id()) > 0,
                    why);
        }).toList();
        return new Choice(chosen, looked, holders.isEmpty() ? "sales.assignment.nobodyInRole"
                : chosen == null ? "sales.assignment.allBelowThreshold" : "sales.assignment.weighted");
    }

    private static boolean eligible(Integer score, int threshold) {
        return score == null || score >= threshold;
    }

    private List<UserSummary> holders(UUID roleId) {
        return SystemActor.call(() -> users.list(new UserFilter(null, null, true, roleId, "kana", false),
                PageQuery.first(PageQuery.MAX_LIMIT)).items()).stream()
                .filter(u -> u.level() != dev.kizuna.identity.PermissionLevel.VIEWER).toList();
    }

    private Map<UUID, Integer> scores() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        CompliancePeriod month = new CompliancePeriod(today.withDayOfMonth(1), today);
        return SystemActor.call(() -> compliance.ranking(month)).stream()
                .collect(Collectors.toMap(ComplianceLine::userId, ComplianceLine::score));
    }
}
