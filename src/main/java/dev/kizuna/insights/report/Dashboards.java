package dev.kizuna.insights.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.identity.User;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards people build from saved reports: tiles on a grid, private or shared with a team (its members and
 * manager open it). Each tile is the report run now.
 */
@Service
public class Dashboards {

    public static final int MAX_TILES = 12;

    private final DashboardRepository dashboards;
    private final Reports reports;
    private final ReportRunRepository runs;
    private final TileResults tileResults;
    private final Teams teams;

    Dashboards(DashboardRepository dashboards, Reports reports, ReportRunRepository runs, TileResults tileResults,
            Teams teams) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.runs = runs;
        this.tileResults = tileResults;
        this.teams = teams;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Dashboard> list() {
        return dashboards.visibleTo(CurrentActor.required().actorId(), myTeams());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Dashboard find(UUID id) {
        Dashboard d = dashboards.find(id).orElseThrow(() -> new NotFoundException("dashboard", id));
        if (!d.ownerId().equals(CurrentActor.required().actorId()) && !myTeams().contains(d.teamId())) {
            throw new NotFoundException("dashboard", id);
        }
        return d;
    }

    /**
     * The dashboard's tiles with the caller's level, each computed within the last minute ({@link TileResults}):
     * whoever may open the dashboard sees its reports, shared or not; a tile the caller's level cannot run (grouped by
     * person, for a member) is left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DashboardTile> tiles(UUID id) {
        var level = reports.level();
        return find(id).reportIds().stream().flatMap(r -> reports.onDashboard(r).stream()).flatMap(report -> {
            try {
                var kept = tileResults.resultOf(report.id(), level, () -> reports.runForTile(report.definition()));
                return Stream.of(new DashboardTile(report, kept.result(), kept.computedAt()));
            } catch (RuleViolationException e) {
                return Stream.empty();
            }
        }).toList();
    }

    /**
     * The dashboard's tiles as {@code owner} sees them now, for a scheduled e-mail: empty when the owner may no longer
     * open the dashboard (it was shared with a team they left); a tile the owner's level cannot run is left out, as on
     * the page.
     */
    Optional<List<DashboardTile>> tilesFor(UUID id, User owner) {
        Optional<Dashboard> found = dashboards.find(id).filter(d -> d.ownerId().equals(owner.id())
                || teamsOf(owner.id()).contains(d.teamId()));
        return found.map(d -> d.reportIds().stream().flatMap(r -> reports.onDashboard(r).stream()).flatMap(report -> {
            try {
                ReportDefinition definition = report.definition();
                return Stream.of(new DashboardTile(report,
                        Reports.chart(definition, runs.run(ReportQuery.of(definition, owner.level()))), Instant.now()));
            } catch (RuleViolationException e) {
                return Stream.empty();
            }
        }).toList());
    }

    /** A dashboard of saved reports the caller may open, shared with one of their teams or (teamId null) private. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public Dashboard create(String name, UUID teamId, List<UUID> reportIds) {
        Check check = Check.of().required("name", name).maxLength("name", name, 100).required("reportIds", reportIds);
        if (reportIds != null) {
            check.failIf(reportIds.isEmpty() || reportIds.size() > MAX_TILES, "reportIds", "Range", 1, MAX_TILES);
        }
        check.failIf(teamId != null && !myTeams().contains(teamId), "teamId", "DashboardNotYourTeam").verify();
        reportIds.forEach(reports::find); // 404 for a report the caller may not open
        UUID id = UUID.randomUUID();
        dashboards.insert(id, name.strip(), CurrentActor.required().actorId(), teamId, reportIds.stream().distinct().toList());
        return find(id);
    }

    private Set<UUID> myTeams() {
        return teamsOf(CurrentActor.required().actorId());
    }

    private Set<UUID> teamsOf(UUID me) {
        return teams.list().stream().filter(t -> me.equals(t.managerId()) || t.memberIds().contains(me))
                .map(Team::id).collect(Collectors.toSet());
    }
}
