package dev.kizuna.identity.security;

import dev.kizuna.identity.PasswordReset;
import dev.kizuna.identity.PermissionLevelChanged;
import dev.kizuna.identity.UserDeactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session and remember-me login of a user who was deactivated, whose permission level changed or
 * whose password an administrator reset, on every instance (sessions live in the database), so the change applies at once.
 */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener
    void on(UserDeactivated event) {
        endSessionsOf(event.email());
    }

    @TransactionalEventListener
    void on(PermissionLevelChanged event) {
        endSessionsOf(event.email());
    }

    @TransactionalEventListener
    void on(PasswordReset event) {
        endSessionsOf(event.email());
    }

    private void endSessionsOf(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
        jdbc.sql("delete from persistent_logins where username = ?").param(email).update();
    }
}
