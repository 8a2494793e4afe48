package dev.kizuna.platform.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * Whoever is acting in this request: the signed-in user or the owner of an API token. Implemented by the
 * identity module's principal; other modules read it through {@link CurrentActor}.
 */
public interface Actor {

    UUID actorId();

    String actorName();

    /** The user's chosen language, or null to follow the browser. */
    Locale preferredLocale();

    ZoneId zoneId();
}
