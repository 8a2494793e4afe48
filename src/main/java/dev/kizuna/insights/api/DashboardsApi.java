package dev.kizuna.insights.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.kizuna.insights.report.Dashboard;
import dev.kizuna.insights.report.DashboardTile;
import dev.kizuna.insights.report.Dashboards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/dashboards}: tiles of saved reports, private or shared with a team. */
@RestController
@RequestMapping("/api/v1/dashboards")
@Tag(name = "Insights")
class DashboardsApi {

    private final Dashboards dashboards;

    DashboardsApi(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    record NewDashboard(String name, UUID teamId, List<UUID> reportIds) {
    }

    record DashboardList(List<Dashboard> items, String nextCursor) {
    }

    record DashboardJson(Dashboard dashboard, List<DashboardTile> tiles) {
    }

    @GetMapping
    @Operation(summary = "Dashboards the caller may open: their own and those shared with one of their teams")
    DashboardList list() {
        return new DashboardList(dashboards.list(), null);
    }

    @PostMapping
    @Operation(summary = "Makes a dashboard of saved reports (1–12 tiles, in order); teamId shares it with one of the "
            + "caller's teams, null keeps it private")
    ResponseEntity<Dashboard> create(@RequestBody NewDashboard body) {
        Dashboard d = dashboards.create(body == null ? null : body.name(), body == null ? null : body.teamId(),
                body == null ? null : body.reportIds());
        return ResponseEntity.created(URI.create("/api/v1/dashboards/" + d.id())).body(d);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A dashboard with each tile's report run now (rows and chart series, as /reports/{id}/run)")
    DashboardJson get(@PathVariable UUID id) {
        return new DashboardJson(dashboards.find(id), dashboards.tiles(id));
    }
}
