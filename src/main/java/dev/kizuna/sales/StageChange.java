package dev.kizuna.sales;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One recorded move of a deal: from which stage (null when created) to which, when, by whom. */
public record StageChange(UUID id, UUID dealId, String fromName, String toName, String toNameEn, boolean forward,
        Instant at, String actorName, String movement) {

    static StageChange of(StageChangeRepository.StageChangeRow r) {
        return new StageChange(r.id(), r.dealId(), r.fromName(), r.toName(), r.toNameEn(), r.forward(), r.at(),
                r.actorName(), r.movement(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    public String toLabel(Locale locale) {
        return label(toName, toNameEn, locale);
    }

    static String label(String name, String nameEn, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
