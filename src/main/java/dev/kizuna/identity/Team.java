package dev.kizuna.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A team (チーム) of users with a manager, who receives the team's daily report and alerts. */
public record Team(UUID id, String name, UUID managerId, String managerName, List<UserSummaryRef> members,
        long version) {

    public List<UUID> memberIds() {
        return members.stream().map(UserSummaryRef::id).toList();
    }

    /**
     * Who hears about a record someone owns (a stalled deal, an overdue order): the owner and the manager of every
     * team the owner is in, each once, the owner first; nobody for a record without an owner.
     */
    public static Set<UUID> ownerAndManagers(UUID ownerId, List<Team> teams) {
        Set<UUID> out = new LinkedHashSet<>();
        if (ownerId == null) {
            return out;
        }
        out.add(ownerId);
        teams.stream().filter(t -> t.managerId() != null && t.memberIds().contains(ownerId))
                .forEach(t -> out.add(t.managerId()));
        return out;
    }

    /** A member by id and name. */
    public record UserSummaryRef(UUID id, String displayName) {
    }

    AuditView audit() {
        return new AuditView(name, managerName, members.stream().map(UserSummaryRef::displayName).toList());
    }

    record AuditView(String name, String manager, List<String> members) {
    }
}
