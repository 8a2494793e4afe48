package dev.kizuna.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 (who are you?) and 403 (you may not) on the API, as translated problem+json. */
class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final ProblemWriter writer;

    ProblemEntryPoints(Problems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"kizuna\"");
        String slug = ex instanceof LoginThrottledException ? "throttled" : "unauthorized";
        writer.write(problems.of(HttpStatus.UNAUTHORIZED, slug, request), response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        writer.write(problems.of(HttpStatus.FORBIDDEN, "forbidden", request), response);
    }
}
