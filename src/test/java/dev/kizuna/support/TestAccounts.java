package dev.kizuna.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.PermissionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates users (with a known password) and API tokens for tests, each with a unique e-mail. A bean of the test
 * context ({@link KizunaTest} imports it): autowire it rather than building it from its four collaborators.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Account(UUID id, String email, String password, PermissionLevel level) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final UserDetailsService accounts;
    private final ApiTokens tokens;
    private String passwordHash;

    public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder, UserDetailsService accounts, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public Account create(PermissionLevel level) {
        return create(level, level.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@test.example.jp");
    }

    public Account create(PermissionLevel level, String email) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, email, display_name, name_kana, password_hash, permission_level)
                values (?, ?, ?, ?, ?, ?)
                """).params(id, email, "テスト " + level.name(), "テスト", passwordHash, level.name()).update();
        return new Account(id, email, PASSWORD, level);
    }

    /** A bearer token acting as the account. */
    public String token(Account account, String scope) {
        var user = accounts.loadUserByUsername(account.email());
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            return tokens.issue("test", scope, null).secret();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Acts as the account in this thread (for tests that call facades directly); clear the context afterwards. */
    public void signInForService(Account account) {
        var user = accounts.loadUserByUsername(account.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public String token(Account account) {
        return token(account, "write");
    }
}
