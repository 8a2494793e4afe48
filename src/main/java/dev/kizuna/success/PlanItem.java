package dev.kizuna.success;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A checklist item of a plan: in phase {@code phase} (the phase's position), done by the customer ({@code customer},
 * お客様) or by us ({@code us}, 自社), due {@code dueOffsetDays} from go-live ({@code dueOn}), done or not, with who
 * ticked it and when. {@code titleKey} names the English text of a built-in item.
 */
public record PlanItem(UUID id, UUID planId, int phase, int position, String title, String titleKey, String side,
        UUID ownerUserId, String ownerName, int dueOffsetDays, LocalDate dueOn, Instant doneAt, UUID doneBy,
        String doneByName, String notes, long version) {

    public static final java.util.List<String> SIDES = java.util.List.of("customer", "us");

    public boolean done() {
        return doneAt != null;
    }

    /** Not done and due before the day. */
    public boolean overdueOn(LocalDate day) {
        return !done() && dueOn.isBefore(day);
    }
}
