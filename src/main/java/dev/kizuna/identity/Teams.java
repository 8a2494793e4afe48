package dev.kizuna.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.text.JapaneseText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams: everyone signed in reads them; administrators create and change them. */
@Service
@Transactional
public class Teams {

    static final String AUDIT_TYPE = "team";

    private final TeamRepository teams;
    private final AuditLog audit;

    Teams(TeamRepository teams, AuditLog audit) {
        this.teams = teams;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Team> list() {
        return teams.list();
    }

    /** Whether {@code managerId} manages a team that {@code memberId} belongs to (their manager may act for them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean manages(UUID managerId, UUID memberId) {
        return managerId != null && memberId != null && teams.manages(managerId, memberId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Team find(UUID id) {
        return load(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Team create(String name, UUID managerId, List<UUID> memberIds) {
        return insert(name, managerId, memberIds);
    }

    Team insert(String name, UUID managerId, List<UUID> memberIds) {
        String cleanName = JapaneseText.normalize(name);
        List<UUID> members = members(managerId, memberIds);
        check(cleanName, managerId, members, null);
        UUID id = Ids.newId();
        teams.insert(id, cleanName, managerId, CurrentActor.idOrNull());
        teams.replaceMembers(id, members);
        Team created = load(id);
        audit.record("team.created", AUDIT_TYPE, id, null, created.audit());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Team update(UUID id, long version, String name, UUID managerId, List<UUID> memberIds) {
        Team before = load(id);
        String cleanName = JapaneseText.normalize(name);
        List<UUID> members = members(managerId, memberIds);
        check(cleanName, managerId, members, id);
        if (!teams.update(id, version, cleanName, managerId, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        teams.replaceMembers(id, members);
        Team after = load(id);
        audit.record("team.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /** The manager is always a member of their team. */
    private static List<UUID> members(UUID managerId, List<UUID> memberIds) {
        List<UUID> members = new ArrayList<>(memberIds == null ? List.of() : memberIds);
        if (managerId != null && !members.contains(managerId)) {
            members.add(managerId);
        }
        return members.stream().distinct().toList();
    }

    private void check(String name, UUID managerId, List<UUID> members, UUID id) {
        Check.of()
                .required("name", name)
                .maxLength("name", name, 60)
                .failIf(name != null && !name.isBlank() && teams.nameTaken(name, id), "name", "Duplicate")
                .required("managerId", managerId)
                .failIf(teams.countUsers(members) != members.size(), "memberIds", "UnknownUser")
                .verify();
    }

    private Team load(UUID id) {
        return teams.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }
}
