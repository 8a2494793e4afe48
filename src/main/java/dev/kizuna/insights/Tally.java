package dev.kizuna.insights;

/** A count under a name in both languages (a channel, an activity type). */
public record Tally(String name, String nameEn, long count) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
