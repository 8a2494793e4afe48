package dev.kizuna.success;

import java.util.UUID;

/** A reason for churn from the administrators' list. */
public record ChurnReason(UUID id, String name, int position, boolean retired) {
}
