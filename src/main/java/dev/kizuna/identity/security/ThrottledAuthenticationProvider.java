package dev.kizuna.identity.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * E-mail and password sign-in (form and HTTP Basic): slowed down for an address with many failures, refused early
 * while the account is locked. A deactivated account is refused only after its password was checked, as a wrong
 * password ({@link DeactivatedAccountException} is a {@link BadCredentialsException}): the same answer and the same
 * time, whatever password was tried, so a deactivated account cannot be told from a wrong password.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(SignInAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        setPreAuthenticationChecks(user -> {
        });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DeactivatedAccountException(messages.getMessage(
                        "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        pause(throttle.delayFor(clientIp()));
        if (throttle.isLocked(authentication.getName())) {
            throw new LoginThrottledException();
        }
        return super.authenticate(authentication);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginThrottledException();
        }
    }

    /** The client's address as the trusted-proxy filter resolved it (the socket's peer unless behind a proxy). */
    static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest request = a.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** A deactivated account's sign-in: told to the user as a wrong password, audited as what it is. */
    static final class DeactivatedAccountException extends BadCredentialsException {
        DeactivatedAccountException(String message) {
            super(message);
        }
    }
}
