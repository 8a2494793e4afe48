package dev.kizuna.identity;

import java.util.UUID;

/**
 * A job role (担当) such as 新規担当 or カスタマーサクセス: data, not code. Tasks and playbook steps are
 * handed to roles; anyone holding the role may take them. Retired roles stay on past records.
 *
 * @param holders how many active users hold the role
 */
public record Role(UUID id, String name, String description, boolean retired, long version, long holders) {

    AuditView audit() {
        return new AuditView(name, description, retired);
    }

    record AuditView(String name, String description, boolean retired) {
    }
}
