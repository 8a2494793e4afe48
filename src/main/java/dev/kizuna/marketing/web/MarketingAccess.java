package dev.kizuna.marketing.web;

import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;

/** The marketing forms a viewer may not even open (their saves are refused by the services too). */
final class MarketingAccess {

    private MarketingAccess() {
    }

    static void requireMember() {
        if (!CurrentActor.hasRole("MEMBER")) {
            throw new AccessDeniedException("marketing forms are for members");
        }
    }

    static void requireAdmin() {
        if (!CurrentActor.hasRole("ADMIN")) {
            throw new AccessDeniedException("marketing settings are for administrators");
        }
    }
}
