package dev.kizuna.integrations.api;

import dev.kizuna.integrations.NotificationPreferences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notifications/preferences}: the caller's own notification preferences. */
@RestController
@Tag(name = "Notifications")
class NotificationPreferencesApi {

    private final NotificationPreferences preferences;

    NotificationPreferencesApi(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    record PreferenceJson(boolean dailyDigest, boolean emailEach, Long version) {
    }

    /** A field left out keeps its current value. */
    record PreferenceRequest(Boolean dailyDigest, Boolean emailEach, Long version) {
    }

    @GetMapping("/api/v1/notifications/preferences")
    @Operation(summary = "My notification preferences (version null: never saved)")
    PreferenceJson mine() {
        var p = preferences.mine();
        return new PreferenceJson(p.dailyDigest(), p.emailEach(), p.version());
    }

    @PutMapping("/api/v1/notifications/preferences")
    @Operation(summary = "Change my notification preferences", description = """
            dailyDigest: a 07:30 e-mail with the previous day's unread notifications. emailEach: an e-mail as
            notifications come (gathered a minute at a time). version: the one read (leave it out the first time);
            stale → 409.""")
    PreferenceJson change(@RequestBody PreferenceRequest body) {
        var before = preferences.mine();
        var p = preferences.setMine(body.dailyDigest() == null ? before.dailyDigest() : body.dailyDigest(),
                body.emailEach() == null ? before.emailEach() : body.emailEach(), body.version());
        return new PreferenceJson(p.dailyDigest(), p.emailEach(), p.version());
    }
}
