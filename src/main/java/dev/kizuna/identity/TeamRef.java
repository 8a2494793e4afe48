package dev.kizuna.identity;

import java.util.UUID;

/** A team by id and name, as shown beside a user. */
public record TeamRef(UUID id, String name) {
}
