package dev.kizuna.sales;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

import dev.kizuna.identity.UserSummary;

/**
 * The reps who may get a lead and how one is picked (see {@link LeadAssignment}): the role's holders in furigana
 * order, left out when their compliance score this month is under {@code threshold} (no score yet: eligible).
 *
 * @param holders the job role's active holders, in furigana order
 * @param scores each rep's input-compliance score this month so far (absent: none yet)
 * @param threshold the lowest score that may still get leads
 */
record LeadRota(List<UserSummary> holders, Map<UUID, Integer> scores, int threshold) {

    /** The rep chosen (null when nobody could take the lead), every rep looked at and why, and the reason key. */
    record Choice(UUID chosen, List<Assignment.Candidate> looked, String reason) {
    }

    boolean eligible(UUID userId) {
        Integer score = scores.get(userId);
        return score == null || score >= threshold;
    }

    /** Round-robin: the next eligible rep after {@code last} (the one this rule gave a lead last), wrapping round. */
    Choice roundRobin(UUID last) {
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
            boolean eligible = eligible(u.id());
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

    /**
     * Weighted: the eligible rep with a weight whose share would stay lowest against it — the smallest
     * (given + 1) / weight — so that over many leads the split follows the weights.
     */
    Choice weighted(ToIntFunction<UUID> weightOf, Map<UUID, Long> given) {
        UUID chosen = holders.stream()
                .filter(u -> eligible(u.id()) && weightOf.applyAsInt(u.id()) > 0)
                .min(Comparator.comparingDouble((UserSummary u) ->
                        (given.getOrDefault(u.id(), 0L) + 1.0) / weightOf.applyAsInt(u.id())))
                .map(UserSummary::id).orElse(null);
        List<Assignment.Candidate> looked = holders.stream().map(u -> {
            Integer score = scores.get(u.id());
            boolean eligible = eligible(u.id());
            String why = !eligible ? "sales.assignment.belowThreshold"
                    : weightOf.applyAsInt(u.id()) == 0 ? "sales.assignment.weightZero"
                    : u.id().equals(chosen) ? "sales.assignment.chosenWeighted" : "sales.assignment.aheadOfShare";
            return new Assignment.Candidate(u.id(), u.displayName(), score, eligible && weightOf.applyAsInt(u.id()) > 0,
                    why);
        }).toList();
        return new Choice(chosen, looked, holders.isEmpty() ? "sales.assignment.nobodyInRole"
                : chosen == null ? "sales.assignment.allBelowThreshold" : "sales.assignment.weighted");
    }
}
