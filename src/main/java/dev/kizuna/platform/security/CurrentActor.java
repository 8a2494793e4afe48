package dev.kizuna.platform.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request, if anyone is signed in. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    public static UUID idOrNull() {
        return get().map(Actor::actorId).orElse(null);
    }

    /**
     * Whether the caller holds a permission level ({@code ADMIN}, {@code MANAGER}, {@code MEMBER}, {@code VIEWER});
     * levels are granted cumulatively, so a manager also holds MEMBER. For what a page shows or a rule allows beyond
     * a facade's {@code @PreAuthorize}.
     */
    public static boolean hasRole(String level) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + level).equals(a.getAuthority()));
    }

    public static Actor required() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in actor"));
    }
}
