package dev.kizuna.identity;

/** A new user and, when Kizuna generated it, the temporary password to hand over once. */
public record CreatedUser(User user, String temporaryPassword) {
}
