package dev.kizuna.identity;

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

/** Job roles: everyone signed in reads them; administrators create, rename, retire and reinstate them. */
@Service
@Transactional
public class Roles {

    static final String AUDIT_TYPE = "role";

    private final RoleRepository roles;
    private final AuditLog audit;

    Roles(RoleRepository roles, AuditLog audit) {
        this.roles = roles;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Role> list(boolean includeRetired) {
        return roles.list(includeRetired);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Role find(UUID id) {
        return roles.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Role create(String name, String description) {
        return insert(name, description);
    }

    /** For sample data, where no one is signed in: every role, retired ones too. */
    List<Role> listForSetup() {
        return roles.list(true);
    }

    /** For sample data and first-start setup, where no one is signed in. */
    Role insert(String name, String description) {
        String cleanName = JapaneseText.normalize(name);
        String cleanDescription = description == null ? "" : description.strip();
        check(cleanName, cleanDescription, null);
        UUID id = Ids.newId();
        roles.insert(id, cleanName, cleanDescription, CurrentActor.idOrNull());
        Role created = find(id);
        audit.record("role.created", AUDIT_TYPE, id, null, created.audit());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Role update(UUID id, long version, String name, String description) {
        Role before = find(id);
        String cleanName = JapaneseText.normalize(name);
        String cleanDescription = description == null ? "" : description.strip();
        check(cleanName, cleanDescription, id);
        return write(before, version, cleanName, cleanDescription, before.retired(), "role.updated");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Role retire(UUID id, long version) {
        Role before = find(id);
        return write(before, version, before.name(), before.description(), true, "role.retired");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Role reinstate(UUID id, long version) {
        Role before = find(id);
        return write(before, version, before.name(), before.description(), false, "role.reinstated");
    }

    /** Adds a problem for each id that is not a current (unretired) role. */
    void checkAssignable(Check check, List<UUID> roleIds) {
        if (roleIds == null || roleIds.isEmpty()) {
            return;
        }
        List<Role> found = roles.findAll(roleIds);
        check.failIf(found.size() != roleIds.stream().distinct().count(), "roleIds", "UnknownRole");
        check.failIf(found.stream().anyMatch(Role::retired), "roleIds", "RetiredRole");
    }

    private void check(String name, String description, UUID id) {
        Check.of()
                .required("name", name)
                .maxLength("name", name, 60)
                .maxLength("description", description, 500)
                .failIf(name != null && !name.isBlank() && roles.nameTaken(name, id), "name", "Duplicate")
                .verify();
    }

    private Role write(Role before, long version, String name, String description, boolean retired, String action) {
        if (!roles.update(before.id(), version, name, description, retired, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
        Role after = find(before.id());
        audit.record(action, AUDIT_TYPE, before.id(), before.audit(), after.audit());
        return after;
    }
}
