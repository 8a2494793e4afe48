package dev.kizuna.activities;

import java.util.UUID;

/** A customer the rep dealt with lately: one tap to log the next activity with them. */
public record RecentCustomer(UUID id, String name, String nameKana) {
}
