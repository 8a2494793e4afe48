package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

/**
 * A playbook (フロー): an ordered list of steps, each owned by a role, in its current version. Triggers:
 * {@code order_placed} (commerce placed an order), {@code field_changed} (the customer's field {@code triggerType},
 * e.g. {@code status} or {@code customFields.rank}, changed), {@code manual}, {@code activity_type} (an activity of {@code triggerType} is logged, unless the customer carries
 * {@code skipTag}), {@code deal_won}, {@code customer_created}.
 */
public record Playbook(UUID id, String key, String name, String description, String trigger, String triggerType,
        String skipTag, int currentVersion, boolean active, boolean builtin, long version, List<PlaybookStep> steps) {

    public static final List<String> TRIGGERS = List.of("manual", "activity_type", "deal_won", "customer_created",
            "order_placed", "field_changed");
}
