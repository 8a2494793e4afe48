package dev.kizuna.identity.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kizuna.identity.User;

/** A user on the API. {@code temporaryPassword} appears once, when Kizuna generated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserResponse(String id, String email, String displayName, String nameKana, String level, String locale,
        String timeZone, boolean active, boolean mustChangePassword, long version, Instant createdAt,
        Instant updatedAt, List<Ref> roles, List<Ref> teams, String temporaryPassword) {

    record Ref(String id, String name) {
    }

    static UserResponse of(User u) {
        return of(u, null);
    }

    static UserResponse of(User u, String temporaryPassword) {
        return new UserResponse(u.id().toString(), u.email(), u.displayName(), u.nameKana(), ApiLevels.name(u.level()),
                u.locale(), u.timeZone(), u.active(), u.mustChangePassword(), u.version(), u.createdAt(),
                u.updatedAt(), u.roles().stream().map(r -> new Ref(r.id().toString(), r.name())).toList(),
                u.teams().stream().map(t -> new Ref(t.id().toString(), t.name())).toList(), temporaryPassword);
    }
}
