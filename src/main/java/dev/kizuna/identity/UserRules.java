package dev.kizuna.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.text.JapaneseText;

/** The rules every user record keeps, whoever writes it (form, API, first start, sample data). */
final class UserRules {

    static final List<String> LOCALES = List.of("ja", "en");

    private UserRules() {
    }

    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static Check checkProfile(Check check, String displayName, String nameKana, String locale, String timeZone) {
        return check.required("displayName", displayName)
                .maxLength("displayName", displayName, 100)
                .maxLength("nameKana", nameKana, 100)
                .failIf(!JapaneseText.isReading(nameKana), "nameKana", "Kana")
                .required("locale", locale)
                .oneOf("locale", locale, LOCALES)
                .required("timeZone", timeZone)
                .failIf(timeZone != null && !timeZone.isBlank() && !validZone(timeZone), "timeZone", "TimeZone");
    }

    static Check checkAccount(Check check, String email, PermissionLevel level, List<UUID> roleIds) {
        return check.required("email", email)
                .maxLength("email", email, 320)
                .email("email", email)
                .required("level", level)
                .failIf(roleIds == null, "roleIds", "NotNull");
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
