package dev.kizuna.platform.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done for nobody in particular — scheduled jobs, sample data — runs as "system", with the rights of an
 * administrator, so it goes through the same facades (and their checks on input) as a person would.
 */
public final class SystemActor {

    private SystemActor() {
    }

    /** Runs {@code work} as the system and restores whoever was acting before. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} as whoever is acting (a person's click that reached a listener keeps their name on what it
     * writes), or as the system when nobody is (a scheduled job, an event replayed after a restart).
     */
    public static <T> T callUnlessSomeoneActs(Supplier<T> work) {
        return SecurityContextHolder.getContext().getAuthentication() != null ? work.get() : call(work);
    }

    /** Runs {@code work} as the system, restores whoever was acting before, and returns what the work returned. */
    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
