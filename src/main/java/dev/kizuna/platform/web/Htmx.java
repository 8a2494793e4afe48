package dev.kizuna.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx requests get a page fragment instead of the whole page. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }

    /** The full page, or only the named fragment of it for htmx. */
    public static String pageOr(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
