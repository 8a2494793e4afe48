package dev.kizuna.marketing;

import java.util.List;
import java.util.Locale;

/** Where a subscription stands: 継続 (active), 一時休止 (paused), スキップ (the next delivery is skipped), 解約 (cancelled). */
public enum SubscriptionStatus {
    ACTIVE, PAUSED, SKIPPING, CANCELLED;

    public static final List<String> CODES = List.of("active", "paused", "skipping", "cancelled");

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriptionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
