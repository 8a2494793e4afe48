package dev.kizuna.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** E-mail and password sign-in (form and HTTP Basic), refused early while the account is throttled. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(SignInAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (throttle.isThrottled(authentication.getName(), clientIp())) {
            throw new LoginThrottledException();
        }
        return super.authenticate(authentication);
    }

    static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest request = a.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
