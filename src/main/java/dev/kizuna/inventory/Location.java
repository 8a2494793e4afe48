package dev.kizuna.inventory;

import java.util.List;
import java.util.UUID;

/**
 * Where stock is kept: our {@code warehouse} or a logistics {@code partner} (an external warehouse that ships for us;
 * its Friday delivery notice goes to {@code noticeEmail} and/or {@code noticeWebhook}). One location is the default:
 * order shipments leave from it.
 */
public record Location(UUID id, String code, String name, String kind, boolean isDefault, String noticeEmail,
        String noticeWebhook, long version) {

    public static final List<String> KINDS = List.of("warehouse", "partner");
}
