package dev.kizuna.identity.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.platform.api.Versions;
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
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/teams}: teams with their manager and members. Everyone reads; administrators write. */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamsApi {

    private final Teams teams;

    TeamsApi(Teams teams) {
        this.teams = teams;
    }

    record Member(String id, String displayName) {
    }

    record TeamResponse(String id, String name, String managerId, String managerName, List<Member> members, long version) {
        static TeamResponse of(Team t) {
            return new TeamResponse(t.id().toString(), t.name(), t.managerId() == null ? null : t.managerId().toString(),
                    t.managerName(), t.members().stream().map(m -> new Member(m.id().toString(), m.displayName())).toList(),
                    t.version());
        }
    }

    record TeamListResponse(List<TeamResponse> items, String nextCursor) {
    }

    record TeamRequest(Long version, String name, String managerId, List<String> memberIds) {
    }

    @GetMapping
    TeamListResponse list() {
        return new TeamListResponse(teams.list().stream().map(TeamResponse::of).toList(), null);
    }

    @PostMapping
    ResponseEntity<TeamResponse> create(@RequestBody TeamRequest body) {
        Team team = teams.create(body.name(), body.managerId() == null ? null : ApiLevels.ids("managerId", List.of(body.managerId())).getFirst(),
                ApiLevels.ids("memberIds", body.memberIds()));
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).eTag(Versions.etag(team.version()))
                .body(TeamResponse.of(team));
    }

    @GetMapping("/{id}")
    ResponseEntity<TeamResponse> get(@PathVariable String id) {
        Team team = teams.find(ApiLevels.id("team", id));
        return ResponseEntity.ok().eTag(Versions.etag(team.version())).body(TeamResponse.of(team));
    }

    @PatchMapping("/{id}")
    ResponseEntity<TeamResponse> update(@PathVariable String id, @RequestBody TeamRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Team current = teams.find(ApiLevels.id("team", id));
        var managerId = body.managerId() == null ? current.managerId()
                : ApiLevels.ids("managerId", List.of(body.managerId())).getFirst();
        var members = body.memberIds() == null ? current.memberIds() : ApiLevels.ids("memberIds", body.memberIds());
        Team team = teams.update(current.id(), version, UsersApi.orDefault(body.name(), current.name()), managerId, members);
        return ResponseEntity.ok().eTag(Versions.etag(team.version())).body(TeamResponse.of(team));
    }
}
