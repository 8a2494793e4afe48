package dev.kizuna.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.text.JapaneseText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users: everyone signed in may look users up (to pick an owner); only administrators create, change,
 * deactivate them or reset their passwords. Users are never deleted: their records keep their owner.
 * Every change is audited with before and after values.
 */
@Service
@Transactional
public class Users {

    static final String AUDIT_TYPE = "user";

    private final UserRepository users;
    private final Roles roles;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ApiTokenRepository apiTokens;

    Users(UserRepository users, Roles roles, PasswordEncoder passwordEncoder, AuditLog audit,
            ApplicationEventPublisher events, ApiTokenRepository apiTokens) {
        this.users = users;
        this.apiTokens = apiTokens;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public User find(UUID id) {
        return load(id);
    }

    /** Active users in furigana order (the first {@link PageQuery#MAX_LIMIT}), for pickers: owner, assignee, member. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> pickable() {
        return list(new UserFilter(null, null, true, null, "kana", false), PageQuery.first(PageQuery.MAX_LIMIT)).items();
    }

    /**
     * Every user, all pages of them (active only when asked): for work that must know each person, such as an
     * import matching owner columns by e-mail or name, where the pickers' first page is not enough.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> all(boolean activeOnly) {
        UserFilter filter = new UserFilter(null, null, activeOnly ? Boolean.TRUE : null, null, "kana", false);
        List<UserSummary> all = new java.util.ArrayList<>();
        PageQuery page = PageQuery.first(PageQuery.MAX_LIMIT);
        while (true) {
            CursorPage<UserSummary> one = list(filter, page);
            all.addAll(one.items());
            if (one.nextCursor() == null) {
                return all;
            }
            page = PageQuery.of(PageQuery.MAX_LIMIT, one.nextCursor());
        }
    }

    /** Whether the id names a user (active or not): for records that point at a user. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return id != null && users.find(id).isPresent();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<UserSummary> list(UserFilter filter, PageQuery page) {
        return page.page(users.list(filter, page.decodedCursor(2), page.fetchSize()),
                u -> UserRepository.cursorOf(u, filter));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CreatedUser create(NewUser command) {
        String email = UserRules.normalizeEmail(command.email());
        String nameKana = reading(command.nameKana());
        Check check = Check.of();
        UserRules.checkAccount(check, email, command.level(), command.roleIds());
        UserRules.checkProfile(check, JapaneseText.normalize(command.displayName()), nameKana,
                command.locale(), command.timeZone());
        check.failIf(email != null && users.emailTaken(email, null), "email", "Duplicate");
        if (command.password() != null && !command.password().isEmpty()) {
            Passwords.check(check, "password", command.password(), email);
        }
        roles.checkAssignable(check, command.roleIds());
        check.verify();
        return insert(command, email, nameKana);
    }

    /** Creates the first administrator on an empty database; no one is signed in yet. */
    CreatedUser createFirstAdministrator(String email, String password) {
        NewUser command = new NewUser(email, "管理者", "カンリシャ", PermissionLevel.ADMIN, "ja", "Asia/Tokyo",
                List.of(), password);
        String normalized = UserRules.normalizeEmail(email);
        Check check = UserRules.checkAccount(Check.of(), normalized, PermissionLevel.ADMIN, List.of());
        if (password != null && !password.isEmpty()) {
            Passwords.check(check, "KIZUNA_ADMIN_PASSWORD", password, normalized);
        }
        check.verify();
        return insert(command, normalized, "カンリシャ");
    }

    private CreatedUser insert(NewUser command, String email, String nameKana) {
        boolean generated = command.password() == null || command.password().isEmpty();
        String password = generated ? Passwords.generate() : command.password();
        UUID id = Ids.newId();
        users.insert(new UserRepository.Row(id, email, JapaneseText.normalize(command.displayName()), nameKana,
                passwordEncoder.encode(password), command.level(), command.locale(), command.timeZone(), true,
                generated, 0, null, null), CurrentActor.idOrNull());
        users.replaceRoles(id, command.roleIds());
        User created = load(id);
        audit.record("user.created", AUDIT_TYPE, id, null, created.audit());
        events.publishEvent(new UserCreated(id, email, command.level()));
        return new CreatedUser(created, generated ? password : null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User update(UUID id, long version, UserChanges changes) {
        User before = load(id);
        String email = UserRules.normalizeEmail(changes.email());
        String nameKana = reading(changes.nameKana());
        String displayName = JapaneseText.normalize(changes.displayName());
        Check check = Check.of();
        UserRules.checkAccount(check, email, changes.level(), changes.roleIds());
        UserRules.checkProfile(check, displayName, nameKana, changes.locale(), changes.timeZone());
        check.failIf(email != null && users.emailTaken(email, id), "email", "Duplicate");
        check.failIf(id.equals(CurrentActor.idOrNull()) && changes.level() != before.level(), "level", "OwnLevel");
        check.failIf(before.level() == PermissionLevel.ADMIN && changes.level() != PermissionLevel.ADMIN
                && before.active() && users.countActiveAdmins() <= 1, "level", "LastAdmin");
        List<UUID> newRoles = changes.roleIds() == null ? List.of() : changes.roleIds();
        List<UUID> added = new ArrayList<>(newRoles);
        added.removeAll(before.roleIds());
        roles.checkAssignable(check, added);
        check.verify();
        if (!users.update(id, version, email, displayName, nameKana, changes.level(), changes.locale(),
                changes.timeZone(), CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        users.replaceRoles(id, newRoles);
        User after = load(id);
        audit.record("user.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        if (before.level() != after.level()) {
            events.publishEvent(new PermissionLevelChanged(id, after.email(), before.level(), after.level()));
        }
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User deactivate(UUID id, long version) {
        User before = load(id);
        Check.of()
                .failIf(id.equals(CurrentActor.idOrNull()), "active", "OwnAccount")
                .failIf(before.level() == PermissionLevel.ADMIN && before.active() && users.countActiveAdmins() <= 1,
                        "active", "LastAdmin")
                .verify();
        User after = setActive(before, version, false);
        audit.record("user.deactivated", AUDIT_TYPE, id, before.audit(), after.audit());
        events.publishEvent(new UserDeactivated(id, after.email()));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User reactivate(UUID id, long version) {
        User before = load(id);
        User after = setActive(before, version, true);
        audit.record("user.reactivated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /**
     * Gives the user a new temporary password (returned once) that they must change at next sign-in. Whoever held
     * the old one is out: the user's API tokens are revoked now, their sessions end when this commits.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(UUID id) {
        User user = load(id);
        String password = Passwords.generate();
        users.setPassword(id, passwordEncoder.encode(password), true, CurrentActor.idOrNull());
        int revoked = apiTokens.revokeAllOf(id);
        audit.record("user.password-reset", AUDIT_TYPE, id, null, java.util.Map.of("tokensRevoked", revoked));
        events.publishEvent(new PasswordReset(id, user.email()));
        return password;
    }

    /** The signed-in user changes their own name, reading, language and time zone. */
    @PreAuthorize("isAuthenticated()")
    public User updateProfile(long version, ProfileChanges changes) {
        UUID id = CurrentActor.required().actorId();
        User before = load(id);
        String displayName = JapaneseText.normalize(changes.displayName());
        String nameKana = reading(changes.nameKana());
        UserRules.checkProfile(Check.of(), displayName, nameKana, changes.locale(), changes.timeZone()).verify();
        if (!users.update(id, version, before.email(), displayName, nameKana, before.level(), changes.locale(),
                changes.timeZone(), id)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        User after = load(id);
        audit.record("user.profile-updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /** The signed-in user changes their password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UUID id = CurrentActor.required().actorId();
        UserRepository.Row row = users.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        Check check = Check.of()
                .required("currentPassword", currentPassword)
                .failIf(currentPassword != null && !currentPassword.isEmpty()
                        && !passwordEncoder.matches(currentPassword, row.passwordHash()), "currentPassword", "PasswordWrong");
        Passwords.check(check, "newPassword", newPassword, row.email())
                .failIf(newPassword != null && newPassword.equals(currentPassword), "newPassword", "PasswordUnchanged")
                .verify();
        users.setPassword(id, passwordEncoder.encode(newPassword), false, id);
        audit.record("user.password-changed", AUDIT_TYPE, id, null, null);
    }

    /**
     * Whether anyone can sign in yet. Called in the first start's transaction, it holds a lock to its end, so of two
     * instances starting together on an empty database the second waits and then finds the first's administrator
     * (it crashed on the duplicate e-mail before).
     */
    boolean anyUserExists() {
        users.lockFirstStart();
        return users.count() > 0;
    }

    private User setActive(User before, long version, boolean active) {
        if (!users.setActive(before.id(), version, active, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, before.id());
        }
        return load(before.id());
    }

    private User load(UUID id) {
        UserRepository.Row r = users.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        return new User(r.id(), r.email(), r.displayName(), r.nameKana(), r.level(), r.locale(), r.timeZone(),
                r.active(), r.mustChangePassword(), r.version(), r.createdAt(), r.updatedAt(),
                users.roles(id), users.teams(id));
    }

    private static String reading(String nameKana) {
        String reading = JapaneseText.toKatakanaReading(nameKana);
        return reading == null ? "" : reading;
    }
}
