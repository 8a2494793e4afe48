package dev.kizuna.identity.security;

import dev.kizuna.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out to the audit log and feeds the login throttle. */
@Component
class SignInEvents {

    private final AuditLog audit;
    private final LoginThrottle throttle;

    SignInEvents(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            String how = event.getAuthentication() instanceof RememberMeAuthenticationToken ? "remember-me" : "password";
            throttle.clear(user.email());
            audit.record(user.actorId(), user.actorName(), "signin.succeeded", "user", user.actorId(), how, null, null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = event.getAuthentication().getName();
        boolean throttled = event.getException() instanceof LoginThrottledException;
        if (!throttled) {
            throttle.recordFailure(email, ThrottledAuthenticationProvider.clientIp());
        }
        audit.record(null, email == null ? "?" : email, throttled ? "signin.throttled" : "signin.failed",
                null, null, reason(event.getException()), null, null);
    }

    /** A reason code for the audit log (translated on the audit page), never an exception class name. */
    private static String reason(Exception e) {
        return switch (e) {
            case LoginThrottledException t -> "throttled";
            case ThrottledAuthenticationProvider.DeactivatedAccountException d -> "disabled";
            case org.springframework.security.authentication.DisabledException d -> "disabled";
            case org.springframework.security.authentication.BadCredentialsException b -> "bad-credentials";
            default -> "other";
        };
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            audit.record(user.actorId(), user.actorName(), "signout", "user", user.actorId(), null, null, null);
        }
    }
}
