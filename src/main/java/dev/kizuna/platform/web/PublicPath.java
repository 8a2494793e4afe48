package dev.kizuna.platform.web;

/**
 * A page anybody may open without signing in (a survey link, an unsubscribe link, the inquiry form), declared by
 * the module that serves it as a bean. The platform lets such requests through without a session and limits each
 * client to {@code perMinute} requests a minute on each prefix; beyond that the answer is 429 with Retry-After.
 *
 * @param prefix    the path, or the start of the paths, it covers: {@code /s/} covers {@code /s/abc}
 * @param perMinute how many requests one client (address) may send a minute under this prefix
 */
public record PublicPath(String prefix, int perMinute) {

    public PublicPath {
        if (prefix == null || !prefix.startsWith("/") || prefix.length() < 2 || prefix.contains("*")) {
            throw new IllegalArgumentException("a public path starts with / and names a page, not " + prefix);
        }
        if (perMinute < 1) {
            throw new IllegalArgumentException("a public path allows at least one request a minute: " + perMinute);
        }
    }

    /** Whether a request path (without the context path) is under this public path. */
    public boolean covers(String path) {
        return prefix.endsWith("/") ? path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))
                : path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** The Spring Security pattern for this path. */
    public String pattern() {
        return prefix.endsWith("/") ? prefix + "**" : prefix;
    }
}
