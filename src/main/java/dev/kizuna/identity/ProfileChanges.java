package dev.kizuna.identity;

/** What users change about themselves: name, reading, language and time zone. */
public record ProfileChanges(String displayName, String nameKana, String locale, String timeZone) {
}
