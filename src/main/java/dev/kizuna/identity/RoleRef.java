package dev.kizuna.identity;

import java.util.UUID;

/** A job role by id and name, as shown beside a user. */
public record RoleRef(UUID id, String name, boolean retired) {
}
