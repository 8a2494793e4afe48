package dev.kizuna.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.ComplianceLine;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Round-robin among the active holders of the rule's job role (in furigana order, starting after the last rep given
 * a lead), skipping reps whose input-compliance score for this month so far is under the threshold; a rep with no
 * score yet (nothing owned or logged this month) is eligible. Records every candidate and why. Reads users and
 * compliance as the system: a lead from the public form arrives with nobody signed in.
 */
@Component
class LeadAssignment {

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Tokyo");

    private final LeadRepository leads;
    private final Users users;
    private final Compliance compliance;
    private final Clock clock;

    LeadAssignment(LeadRepository leads, Users users, Compliance compliance, java.util.Optional<Clock> clock) {
        this.leads = leads;
        this.users = users;
        this.compliance = compliance;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Assigns the lead by the rule, records why, and returns the rep (null when nobody could take it). */
    UUID assign(UUID leadId) {
        AssignmentRule rule = leads.rule();
        if (rule.roleId() == null) {
            leads.recordAssignment(Ids.newId(), leadId, null, List.of(), "sales.assignment.noRule", null, null);
            return null;
        }
        UUID last = leads.lastAssignedForUpdate();
        List<UserSummary> holders = asSystem(() -> users.list(new UserFilter(null, null, true, rule.roleId(), "kana",
                false), PageQuery.first(PageQuery.MAX_LIMIT)).items()).stream()
                .filter(u -> u.level() != dev.kizuna.identity.PermissionLevel.VIEWER).toList();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        CompliancePeriod month = new CompliancePeriod(today.withDayOfMonth(1), today);
        Map<UUID, Integer> scores = asSystem(() -> compliance.ranking(month)).stream()
                .collect(Collectors.toMap(ComplianceLine::userId, ComplianceLine::score));
        // Round-robin: start after the last rep given a lead.
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
            boolean eligible = score == null || score >= rule.minComplianceScore();
            String why = !eligible ? "sales.assignment.belowThreshold"
                    : chosen == null ? (score == null ? "sales.assignment.chosenNoScore" : "sales.assignment.chosenTurn")
                    : "sales.assignment.notTheirTurn";
            looked.add(new Assignment.Candidate(u.id(), u.displayName(), score, eligible, why));
            if (eligible && chosen == null) {
                chosen = u.id();
            }
        }
        String reason = holders.isEmpty() ? "sales.assignment.nobodyInRole"
                : chosen == null ? "sales.assignment.allBelowThreshold" : "sales.assignment.roundRobin";
        leads.recordAssignment(Ids.newId(), leadId, chosen, looked, reason, rule.minComplianceScore(), null);
        if (chosen != null) {
            leads.assign(leadId, chosen);
            leads.setLastAssigned(chosen);
        }
        return chosen;
    }

    static <T> T asSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
