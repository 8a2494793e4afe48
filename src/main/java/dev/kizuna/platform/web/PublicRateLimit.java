package dev.kizuna.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each client's requests to the {@link PublicPath public pages} in one-minute windows and answers 429
 * (the translated error page or problem+json, with Retry-After) beyond the path's limit. Runs after
 * {@link ForwardedClientFilter}, so behind a trusted proxy the client is the real one. The count is per instance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PublicRateLimit extends OncePerRequestFilter {

    static final int MAX_CLIENTS = 50_000;

    private final ObjectProvider<PublicPath> declared;
    private final RequestCounts counts = new RequestCounts(MAX_CLIENTS);
    private volatile List<PublicPath> paths;

    PublicRateLimit(ObjectProvider<PublicPath> declared) {
        this.declared = declared;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PublicPath path = pathOf(request);
        long now = System.currentTimeMillis();
        if (path != null && !counts.admit(path, request.getRemoteAddr(), now)) {
            response.setHeader("Retry-After", String.valueOf(RequestCounts.secondsLeft(now)));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private PublicPath pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (PublicPath candidate : paths()) {
            if (candidate.covers(path)) {
                return candidate;
            }
        }
        return null;
    }

    private List<PublicPath> paths() {
        List<PublicPath> known = paths;
        if (known == null) {
            known = declared.orderedStream().toList();
            paths = known;
        }
        return known;
    }
}
