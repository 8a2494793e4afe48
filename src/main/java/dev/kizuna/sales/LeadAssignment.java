package dev.kizuna.sales;

import java.time.Clock;
import java.time.LocalDate;
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
        LeadRota.Choice choice = new LeadRota(holders(rule.roleId()), scores(), rule.minComplianceScore())
                .roundRobin(leads.lastAssignedForUpdate());
        leads.recordAssignment(Ids.newId(), leadId, choice.chosen(), choice.looked(), choice.reason(),
                rule.minComplianceScore(), null);
        if (choice.chosen() != null) {
            leads.assign(leadId, choice.chosen());
            leads.setLastAssigned(choice.chosen());
        }
        return choice.chosen();
    }

    private UUID assign(UUID leadId, RoutingRule rule) {
        LeadRota rota = new LeadRota(holders(rule.roleId()), scores(), rule.minComplianceScore());
        LeadRota.Choice choice = "weighted".equals(rule.strategy())
                ? rota.weighted(rule::weightOf, leads.givenBy(rule.id()))
                : rota.roundRobin(leads.lastAssignedForUpdate(rule.id()));
        leads.recordAssignment(Ids.newId(), leadId, choice.chosen(), choice.looked(), choice.reason(),
                rule.minComplianceScore(), null, rule.id());
        if (choice.chosen() != null) {
            leads.assign(leadId, choice.chosen());
            leads.setLastAssigned(rule.id(), choice.chosen());
        }
        return choice.chosen();
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
