package dev.kizuna.identity;

import java.util.List;
import java.util.UUID;

/** A team (チーム) of users with a manager, who receives the team's daily report and alerts. */
public record Team(UUID id, String name, UUID managerId, String managerName, List<UserSummaryRef> members,
        long version) {

    public List<UUID> memberIds() {
        return members.stream().map(UserSummaryRef::id).toList();
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
