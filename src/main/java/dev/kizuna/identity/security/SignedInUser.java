package dev.kizuna.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in request (form, remember-me, Basic or API token). Kept in the session,
 * so it holds no password once signed in. Its authorities are its permission level and every level below
 * (an admin is also a manager, member and viewer).
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private final PermissionLevel level;
    private final String locale;
    private final String timeZone;
    private final boolean active;
    private final boolean mustChangePassword;
    private String passwordHash;

    SignedInUser(UUID id, String email, String displayName, PermissionLevel level, String locale, String timeZone,
            boolean active, boolean mustChangePassword, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.level = level;
        this.locale = locale;
        this.timeZone = timeZone;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public PermissionLevel level() {
        return level;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String email() {
        return email;
    }

    @Override
    public UUID actorId() {
        return id;
    }

    @Override
    public String actorName() {
        return displayName;
    }

    @Override
    public Locale preferredLocale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    @Override
    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(level);
    }

    static List<GrantedAuthority> authoritiesOf(PermissionLevel level) {
        return Arrays.stream(PermissionLevel.values())
                .filter(level::includes)
                .<GrantedAuthority>map(l -> new SimpleGrantedAuthority(l.role()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser u && u.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + email + ", " + level + "]";
    }
}
