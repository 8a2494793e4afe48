package dev.kizuna.marketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A step sequence (ステップメール): what starts it ({@code trigger}: first_purchase, subscription_start, f2_reached,
 * birthday_month, no_order after {@code triggerDays}), the segment a customer must stay in (null: none) and its
 * steps, each sent {@code delayDays} (calendar or business days) after the one before (the first after the trigger).
 */
public record StepSequence(UUID id, String name, String trigger, Integer triggerDays, UUID segmentId, boolean active,
        List<Step> steps, long version, Instant createdAt, Instant updatedAt) {

    public static final List<String> TRIGGERS = List.of("first_purchase", "subscription_start", "f2_reached",
            "birthday_month", "no_order");

    /** A step: its place (1, 2 …), the wait and the template. */
    public record Step(int position, int delayDays, boolean businessDays, UUID templateId, String templateName) {
    }

    StepSequence withSteps(List<Step> s) {
        return new StepSequence(id, name, trigger, triggerDays, segmentId, active, s, version, createdAt, updatedAt);
    }
}
