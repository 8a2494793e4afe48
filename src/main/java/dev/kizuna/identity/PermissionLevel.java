package dev.kizuna.identity;

import java.util.Arrays;
import java.util.List;

/**
 * What a user may do everywhere in Kizuna. Each level includes the ones below it:
 * admin ⊃ manager ⊃ member ⊃ viewer. Checked as Spring Security roles ({@code ROLE_ADMIN} …).
 */
public enum PermissionLevel {
    /** Configures Kizuna: users, roles, fields, rules, imports, integrations. */
    ADMIN,
    /** Leads a team: sees and coaches the team's work, reads reports. */
    MANAGER,
    /** Does the daily work: customers, activities, deals, tasks. */
    MEMBER,
    /** Reads only. */
    VIEWER;

    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    public String role() {
        return "ROLE_" + name();
    }

    public boolean includes(PermissionLevel other) {
        return ordinal() <= other.ordinal();
    }
}
