package dev.kizuna.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Kizuna speaks: Japanese first, English second. */
public final class Languages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

    private Languages() {
    }

    /** The supported language for a tag such as {@code ja}, {@code en-US}; empty when unsupported. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
