package dev.kizuna.work;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rule of a list's re-evaluation: new matches join (at the end, or at their place when the list is ordered by a
 * field), waiting members that no longer match leave, fed members stay put, and waiting members of a list ordered by a
 * field take their new place.
 *
 * @param members every member now: company → already fed
 * @param matches every company the filter matches now, in the list's order
 * @param orderedByField whether the list is ordered by a field (not by hand)
 */
record TargetListMembership(Map<UUID, Boolean> members, List<UUID> matches, boolean orderedByField) {

    /** Waiting members that no longer match. */
    List<UUID> leaving() {
        var matching = Set.copyOf(matches);
        return members.entrySet().stream().filter(e -> !e.getValue() && !matching.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** New matches and their positions, after {@code lastPosition} (the highest once the leavers have left). */
    Map<UUID, Integer> joining(int lastPosition) {
        Map<UUID, Integer> join = new LinkedHashMap<>();
        int end = lastPosition;
        for (int i = 0; i < matches.size(); i++) {
            UUID c = matches.get(i);
            if (!members.containsKey(c)) {
                end++;
                join.put(c, orderedByField ? i : end);
            }
        }
        return join;
    }

    /** Waiting members' new positions (a list ordered by a field only; by hand, nobody moves). */
    Map<UUID, Integer> reordering() {
        Map<UUID, Integer> moves = new HashMap<>();
        if (orderedByField) {
            for (int i = 0; i < matches.size(); i++) {
                UUID c = matches.get(i);
                if (Boolean.FALSE.equals(members.get(c))) {
                    moves.put(c, i);
                }
            }
        }
        return moves;
    }
}
