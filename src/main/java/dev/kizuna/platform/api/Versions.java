package dev.kizuna.platform.api;

/**
 * Optimistic locking for updates: the version comes from the body ({@code version}) or from an
 * {@code If-Match} header ({@code "3"} or {@code W/"3"}). A write without either is refused with 422
 * so that no client can lose someone else's update by accident.
 */
public final class Versions {

    private Versions() {
    }

    public static long required(Long bodyVersion, String ifMatch) {
        return required(bodyVersion, "version", ifMatch);
    }

    /** As {@link #required(Long, String)}, for a body whose version field has another name (e.g. {@code orderVersion}). */
    public static long required(Long bodyVersion, String field, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new RuleViolationException(FieldProblem.of("If-Match", "Version"));
            }
        }
        if (bodyVersion == null) {
            throw new RuleViolationException(FieldProblem.of(field, "NotNull"));
        }
        return bodyVersion;
    }

    /** The ETag header value for a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
