package dev.kizuna.sales;

import java.util.Locale;
import java.util.UUID;

/** Why a deal was lost (失注理由): an administrator-kept list, required when a deal reaches a lost stage. */
public record LostReason(UUID id, String name, String nameEn, int position, boolean retired, long version) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
