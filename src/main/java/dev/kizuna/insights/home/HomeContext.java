package dev.kizuna.insights.home;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.i18n.Formats;
import org.springframework.context.MessageSource;

/** Who the home is for, today in Tokyo, and the reader's language for the cards' text. */
record HomeContext(UUID me, PermissionLevel level, LocalDate today, Locale locale, MessageSource messages,
        Formats formats) {

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String date(LocalDate day) {
        return formats.date(day);
    }

    String yen(long amount) {
        return formats.money(amount, "JPY");
    }

    boolean manager() {
        return level.includes(PermissionLevel.MANAGER);
    }

    /** A card built from its lines: title and empty text by the card's key. */
    HomeCardView card(String key, java.util.List<HomeLine> lines, String moreHref) {
        return new HomeCardView(key, text("home.card." + key), lines, moreHref, text("home.card." + key + ".empty"));
    }
}
