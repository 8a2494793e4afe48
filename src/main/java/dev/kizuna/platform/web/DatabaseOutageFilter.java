package dev.kizuna.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.db.DatabaseOutage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database cannot be reached — most often while the session or the API token is
 * looked up, before any controller — is answered with the 503 error page or problem+json at once. The container's
 * own error dispatch would pass the session and security filters again and wait for the database a second time; this
 * forwards to {@code /error} without the request's cookies, so nothing on the way needs the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // outside Spring Session's filter, which reads the session from the database
class DatabaseOutageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
            // The CSRF token the page would carry is kept in the session, which cannot be read now.
            request.removeAttribute("_csrf");
            request.removeAttribute("org.springframework.security.web.csrf.CsrfToken");
            request.getRequestDispatcher("/error").forward(new WithoutCookies(request), response);
        }
    }

    /** The request as the error page sees it: no session cookie, no remember-me cookie, nothing to look up. */
    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "cookie".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "cookie".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }
    }
}
