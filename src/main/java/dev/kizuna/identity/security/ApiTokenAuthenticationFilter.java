package dev.kizuna.identity.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.identity.ApiToken;
import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.TokenOwner;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer kz_…}: finds the token's owner and acts as them for this request. An
 * unknown, revoked or expired token gets 401; a read-only token gets 403 on anything but GET/HEAD.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final SignInAccounts accounts;
    private final Problems problems;
    private final ProblemWriter writer;

    ApiTokenAuthenticationFilter(ApiTokens tokens, SignInAccounts accounts, Problems problems, ProblemWriter writer) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        TokenOwner owner = tokens.authenticate(header.substring(7).strip()).orElse(null);
        SignedInUser user = owner == null ? null : accounts.byId(owner.userId()).filter(SignedInUser::isEnabled).orElse(null);
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            writer.write(problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", request), response);
            return;
        }
        if (ApiToken.READ.equals(owner.scope()) && !READ_METHODS.contains(request.getMethod())) {
            writer.write(problems.of(HttpStatus.FORBIDDEN, "read-only-token", request), response);
            return;
        }
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(owner); // which token: a token it mints is tied to it (ApiTokens.issue)
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
