package dev.kizuna.identity.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.identity.Role;
import dev.kizuna.identity.Roles;
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

/** {@code /api/v1/roles}: job roles (担当). Everyone signed in reads; administrators write. */
@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Roles")
class RolesApi {

    private final Roles roles;

    RolesApi(Roles roles) {
        this.roles = roles;
    }

    record RoleResponse(String id, String name, String description, boolean retired, long holders, long version) {
        static RoleResponse of(Role r) {
            return new RoleResponse(r.id().toString(), r.name(), r.description(), r.retired(), r.holders(), r.version());
        }
    }

    record RoleListResponse(List<RoleResponse> items, String nextCursor) {
    }

    record RoleRequest(Long version, String name, String description) {
    }

    record VersionRequest(Long version) {
    }

    @GetMapping
    @Operation(summary = "List job roles", description = "A short list, returned whole (nextCursor is always null).")
    RoleListResponse list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return new RoleListResponse(roles.list(includeRetired).stream().map(RoleResponse::of).toList(), null);
    }

    @PostMapping
    ResponseEntity<RoleResponse> create(@RequestBody RoleRequest body) {
        Role role = roles.create(body.name(), body.description());
        return ResponseEntity.created(URI.create("/api/v1/roles/" + role.id())).eTag(Versions.etag(role.version()))
                .body(RoleResponse.of(role));
    }

    @GetMapping("/{id}")
    ResponseEntity<RoleResponse> get(@PathVariable String id) {
        return withEtag(roles.find(ApiLevels.id("role", id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a job role or change its description")
    ResponseEntity<RoleResponse> update(@PathVariable String id, @RequestBody RoleRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Role current = roles.find(ApiLevels.id("role", id));
        return withEtag(roles.update(current.id(), version, UsersApi.orDefault(body.name(), current.name()),
                UsersApi.orDefault(body.description(), current.description())));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a job role: it can no longer be given, and stays on past records")
    ResponseEntity<RoleResponse> retire(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(roles.retire(ApiLevels.id("role", id), Versions.required(body == null ? null : body.version(), ifMatch)));
    }

    @PostMapping("/{id}/reinstate")
    ResponseEntity<RoleResponse> reinstate(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(roles.reinstate(ApiLevels.id("role", id), Versions.required(body == null ? null : body.version(), ifMatch)));
    }

    private static ResponseEntity<RoleResponse> withEtag(Role role) {
        return ResponseEntity.ok().eTag(Versions.etag(role.version())).body(RoleResponse.of(role));
    }
}
