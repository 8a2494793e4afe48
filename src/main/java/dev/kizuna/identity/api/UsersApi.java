package dev.kizuna.identity.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.identity.CreatedUser;
import dev.kizuna.identity.NewUser;
import dev.kizuna.identity.User;
import dev.kizuna.identity.UserChanges;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: everyone signed in may read; administrators write. Users are never deleted. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersApi {

    private final Users users;

    UsersApi(Users users) {
        this.users = users;
    }

    record UserListItem(String id, String email, String displayName, String nameKana, String level, boolean active) {
        static UserListItem of(UserSummary u) {
            return new UserListItem(u.id().toString(), u.email(), u.displayName(), u.nameKana(),
                    ApiLevels.name(u.level()), u.active());
        }
    }

    record CreateUserRequest(String email, String displayName, String nameKana, String level, String locale,
            String timeZone, List<String> roleIds, String password) {
    }

    /** Every field optional: what is absent keeps its value. */
    record UpdateUserRequest(Long version, String email, String displayName, String nameKana, String level,
            String locale, String timeZone, List<String> roleIds) {
    }

    record VersionRequest(Long version) {
    }

    record TemporaryPassword(String temporaryPassword) {
    }

    @GetMapping
    @Operation(summary = "List users", description = "Sorted by furigana (sort=kana), email or created; keyset-paged.")
    CursorPage<UserListItem> list(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
            @RequestParam(required = false) Boolean active, @RequestParam(required = false) String roleId,
            @RequestParam(defaultValue = "kana") String sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        UserFilter filter = new UserFilter(q, ApiLevels.parse("level", level), active,
                roleId == null ? null : ApiLevels.id("role", roleId), sort, desc);
        return users.list(filter, PageQuery.of(limit, cursor)).map(UserListItem::of);
    }

    @PostMapping
    @Operation(summary = "Create a user (administrators)",
            description = "Without a password, a temporary one is generated and returned once as temporaryPassword.")
    ResponseEntity<UserResponse> create(@RequestBody CreateUserRequest body) {
        CreatedUser created = users.create(new NewUser(body.email(), body.displayName(), body.nameKana(),
                ApiLevels.parse("level", body.level()), orDefault(body.locale(), "ja"),
                orDefault(body.timeZone(), "Asia/Tokyo"), orEmpty(ApiLevels.ids("roleIds", body.roleIds())),
                body.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
                .eTag(Versions.etag(created.user().version()))
                .body(UserResponse.of(created.user(), created.temporaryPassword()));
    }

    @GetMapping("/{id}")
    ResponseEntity<UserResponse> get(@PathVariable String id) {
        return withEtag(users.find(ApiLevels.id("user", id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a user (administrators)", description = "Send version in the body or If-Match; a stale one gets 409.")
    ResponseEntity<UserResponse> update(@PathVariable String id, @RequestBody UpdateUserRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        User current = users.find(ApiLevels.id("user", id));
        var level = ApiLevels.parse("level", body.level());
        var roleIds = ApiLevels.ids("roleIds", body.roleIds());
        User updated = users.update(current.id(), version, new UserChanges(
                orDefault(body.email(), current.email()), orDefault(body.displayName(), current.displayName()),
                orDefault(body.nameKana(), current.nameKana()), level == null ? current.level() : level,
                orDefault(body.locale(), current.locale()), orDefault(body.timeZone(), current.timeZone()),
                roleIds == null ? current.roleIds() : roleIds));
        return withEtag(updated);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a user (administrators); their records keep them as owner")
    ResponseEntity<UserResponse> deactivate(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(users.deactivate(ApiLevels.id("user", id), Versions.required(body == null ? null : body.version(), ifMatch)));
    }

    @PostMapping("/{id}/reactivate")
    ResponseEntity<UserResponse> reactivate(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(users.reactivate(ApiLevels.id("user", id), Versions.required(body == null ? null : body.version(), ifMatch)));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Give a user a new temporary password (administrators), returned once")
    TemporaryPassword resetPassword(@PathVariable String id) {
        return new TemporaryPassword(users.resetPassword(ApiLevels.id("user", id)));
    }

    static ResponseEntity<UserResponse> withEtag(User user) {
        return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(UserResponse.of(user));
    }

    static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
