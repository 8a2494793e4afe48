package dev.kizuna.platform.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an admin narrows the audit log by; every part is optional. {@code action} matches a prefix
 * ({@code user.} finds every user action); dates are inclusive days in the viewer's time zone.
 */
public record AuditFilter(UUID actorId, String action, String objectType, String objectId,
        LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return actorId == null && blank(action) && blank(objectType) && blank(objectId) && from == null && to == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
