package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

/**
 * A board (板): a named queue where tasks are handed to the job roles it serves, e.g. 【倉庫】カスタマーサクセス.
 *
 * @param managerId   who is alerted when work piles up (the backlog rule), or null
 * @param backlogDays an open task older than this many business days is backlog (default 2)
 */
public record Board(UUID id, String name, String description, UUID managerId, String managerName, int backlogDays,
        boolean retired, long version, List<Role> roles) {

    /** A job role the board serves. */
    public record Role(UUID id, String name) {
    }

    public List<UUID> roleIds() {
        return roles.stream().map(Role::id).toList();
    }

    AuditView audit() {
        return new AuditView(name, description, managerId, backlogDays, retired, roles.stream().map(Role::name).toList());
    }

    record AuditView(String name, String description, UUID managerId, int backlogDays, boolean retired,
            List<String> roles) {
    }
}
