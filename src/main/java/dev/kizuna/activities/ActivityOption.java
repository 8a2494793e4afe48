package dev.kizuna.activities;

import java.util.Locale;
import java.util.UUID;

/**
 * A channel (電話, メール, 訪問 …) or a type (商品問い合わせ, 納期確認 …) of activity, as administrators keep them.
 * A call channel ({@code call}) gives its activities an outcome: 通話 or 不通.
 */
public record ActivityOption(UUID id, String kind, String name, String nameEn, boolean call, int position,
        boolean retired, long version) {

    public static final String CHANNEL = "channel";
    public static final String TYPE = "type";

    /** The English name for English readers when there is one, else the office's own. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
