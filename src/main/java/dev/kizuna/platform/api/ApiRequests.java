package dev.kizuna.platform.api;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request belongs to the machine face ({@code /api/**}) rather than the pages for people. */
public final class ApiRequests {

    public static final String PREFIX = "/api/";

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX);
    }
}
