package dev.kizuna.identity.api;

import dev.kizuna.identity.ProfileChanges;
import dev.kizuna.identity.User;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.platform.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: the caller, and their own name, language and time zone. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Users")
class MeApi {

    private final Users users;

    MeApi(Users users) {
        this.users = users;
    }

    record UpdateMeRequest(Long version, String displayName, String nameKana, String locale, String timeZone) {
    }

    @GetMapping
    @Operation(summary = "Who am I")
    ResponseEntity<UserResponse> me() {
        return UsersApi.withEtag(users.find(CurrentActor.required().actorId()));
    }

    @PatchMapping
    @Operation(summary = "Change my name, reading, language (ja/en) or time zone")
    ResponseEntity<UserResponse> update(@RequestBody UpdateMeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        User me = users.find(CurrentActor.required().actorId());
        return UsersApi.withEtag(users.updateProfile(version, new ProfileChanges(
                UsersApi.orDefault(body.displayName(), me.displayName()), UsersApi.orDefault(body.nameKana(), me.nameKana()),
                UsersApi.orDefault(body.locale(), me.locale()), UsersApi.orDefault(body.timeZone(), me.timeZone()))));
    }
}
