package dev.kizuna.identity.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the account behind a sign-in (by e-mail) or a token (by id), password hash included. */
@Component
class SignInAccounts implements UserDetailsService {

    private static final String SELECT = """
            select id, email, display_name, permission_level, locale, time_zone, active, must_change_password,
                   password_hash
              from app_user
            """;

    private final JdbcClient jdbc;

    SignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String email) {
        return byEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    Optional<SignedInUser> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where email = ?").param(email.strip().toLowerCase(Locale.ROOT))
                .query((rs, n) -> map(rs)).optional();
    }

    Optional<SignedInUser> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private static SignedInUser map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SignedInUser(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                PermissionLevel.valueOf(rs.getString("permission_level")), rs.getString("locale"),
                rs.getString("time_zone"), rs.getBoolean("active"), rs.getBoolean("must_change_password"),
                rs.getString("password_hash"));
    }
}
