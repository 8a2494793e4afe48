package dev.kizuna.platform.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API POSTs a viewer may make (they change nothing of the business's records): their own tokens, duplicate
 * look-ups, exports, marking notifications read, acknowledging coaching, counting a segment being edited. Every
 * other POST needs a member or more,
 * so the Idempotency-Key filter refuses a viewer's before reading the body. The permission-matrix test holds this
 * list to what the services allow.
 */
final class ViewerPosts {

    private static final List<PathPattern> PATTERNS = List.of(
            "/api/v1/tokens",
            "/api/v1/companies/duplicate-candidates",
            "/api/v1/exports",
            "/api/v1/notifications/read",
            "/api/v1/deals/{id}/coaching-notes/{noteId}/acknowledge",
            "/api/v1/reports/run",
            "/api/v1/reports/records",
            "/api/v1/segments/count").stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    private ViewerPosts() {
    }

    static boolean allows(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return PATTERNS.stream().anyMatch(p -> p.matches(path));
    }
}
