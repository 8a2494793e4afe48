package dev.kizuna.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in user's principal into their session (after they change name, language, zone). */
@Component
public class SignedInSessions {

    private final SignInAccounts accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSessions(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    public void reloadPrincipal(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        CurrentActor.get().flatMap(actor -> accounts.byId(actor.actorId())).ifPresent(user -> {
            user.eraseCredentials();
            UsernamePasswordAuthenticationToken updated =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            updated.setDetails(current == null ? null : current.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(updated);
            SecurityContextHolder.setContext(context);
            repository.saveContext(context, request, response);
        });
    }
}
