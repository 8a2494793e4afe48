package dev.kizuna.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.identity.security.SignedInSessions;
import org.springframework.stereotype.Component;

/** After users change their own settings, the session's principal is reloaded so the change shows at once. */
@Component
class PrincipalRefresh {

    private final SignedInSessions sessions;

    PrincipalRefresh(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    void refresh(HttpServletRequest request, HttpServletResponse response) {
        sessions.reloadPrincipal(request, response);
    }
}
