package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
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

/**
 * Boards (板): everyone signed in reads them; managers and administrators create, change, retire and reinstate
 * them. A board serves one or more job roles and may name a manager, who is alerted when its work piles up.
 */
@Service
@Transactional
public class Boards {

    static final String AUDIT_TYPE = "board";
    public static final int DEFAULT_BACKLOG_DAYS = 2;

    private final BoardRepository boards;
    private final Roles roles;
    private final Users users;
    private final AuditLog audit;

    Boards(BoardRepository boards, Roles roles, Users users, AuditLog audit) {
        this.boards = boards;
        this.roles = roles;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Board> list(boolean includeRetired) {
        return boards.list(includeRetired);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Board find(UUID id) {
        return boards.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Whether the id names a board (retired or not): for other modules' records that point at one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return id != null && boards.find(id).isPresent();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Board> findByName(String name) {
        return boards.findByName(name);
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Board create(BoardDraft draft) {
        return insert(draft);
    }

    /** Also for sample data and built-in templates. */
    Board insert(BoardDraft draft) {
        BoardDraft clean = verify(draft, null);
        UUID id = Ids.newId();
        boards.insert(id, clean, backlogDays(clean), CurrentActor.idOrNull());
        boards.replaceRoles(id, clean.roleIds());
        Board created = find(id);
        audit.record("board.created", AUDIT_TYPE, id, null, created.audit());
        return created;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Board update(UUID id, long version, BoardDraft draft) {
        Board before = find(id);
        BoardDraft clean = verify(draft, id);
        return write(before, version, clean, before.retired(), "board.updated");
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Board retire(UUID id, long version, boolean retired) {
        Board before = find(id);
        BoardDraft same = new BoardDraft(before.name(), before.description(), before.managerId(), before.backlogDays(),
                before.roleIds());
        return write(before, version, same, retired, retired ? "board.retired" : "board.reinstated");
    }

    private Board write(Board before, long version, BoardDraft clean, boolean retired, String action) {
        if (!boards.update(before.id(), version, clean, backlogDays(clean), retired, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
        boards.replaceRoles(before.id(), clean.roleIds());
        Board after = find(before.id());
        audit.record(action, AUDIT_TYPE, before.id(), before.audit(), after.audit());
        return after;
    }

    private static int backlogDays(BoardDraft d) {
        return d.backlogDays() == null ? DEFAULT_BACKLOG_DAYS : d.backlogDays();
    }

    private BoardDraft verify(BoardDraft d, UUID id) {
        String name = JapaneseText.normalize(d.name());
        String description = d.description() == null ? "" : d.description().strip();
        List<UUID> roleIds = d.roleIds() == null ? List.of() : d.roleIds().stream().distinct().toList();
        List<UUID> known = roles.list(false).stream().map(dev.kizuna.identity.Role::id).toList();
        Check.of()
                .required("name", name)
                .maxLength("name", name, 80)
                .maxLength("description", description, 1000)
                .failIf(name != null && !name.isBlank() && boards.nameTaken(name, id), "name", "Duplicate")
                .failIf(d.backlogDays() != null && (d.backlogDays() < 1 || d.backlogDays() > 30), "backlogDays",
                        "Range", 1, 30)
                .failIf(!known.containsAll(roleIds), "roleIds", "UnknownRole")
                .failIf(d.managerId() != null && !users.exists(d.managerId()), "managerId", "UnknownUser")
                .verify();
        return new BoardDraft(name, description, d.managerId(), d.backlogDays(), roleIds);
    }
}
