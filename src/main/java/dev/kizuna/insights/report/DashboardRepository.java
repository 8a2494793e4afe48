package dev.kizuna.insights.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dashboards and their tiles (report ids in grid order). */
@Repository
class DashboardRepository {

    private static final String SELECT = """
            select d.id, d.name, d.owner_id, u.display_name as owner_name, d.team_id,
                   array(select t.report_id from dashboard_tile t where t.dashboard_id = d.id order by t.position) as reports
              from dashboard d left join app_user u on u.id = d.owner_id""";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's own and those shared with one of their teams (dashboard_owner_idx, dashboard_team_idx). */
    List<Dashboard> visibleTo(UUID userId, Collection<UUID> teamIds) {
        return jdbc.sql(SELECT + " where d.owner_id = ? or d.team_id = any(?) order by d.name, d.id limit 200")
                .params(userId, teamIds.toArray(UUID[]::new)).query(DashboardRepository::dashboard).list();
    }

    Optional<Dashboard> find(UUID id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(DashboardRepository::dashboard).optional();
    }

    void insert(UUID id, String name, UUID ownerId, UUID teamId, List<UUID> reportIds) {
        jdbc.sql("insert into dashboard (id, name, owner_id, team_id) values (?, ?, ?, ?)")
                .params(id, name, ownerId, teamId).update();
        for (int i = 0; i < reportIds.size(); i++) {
            jdbc.sql("insert into dashboard_tile (dashboard_id, report_id, position) values (?, ?, ?)")
                    .params(id, reportIds.get(i), i).update();
        }
    }

    private static Dashboard dashboard(ResultSet rs, int n) throws SQLException {
        return new Dashboard(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), rs.getObject("team_id", UUID.class),
                Arrays.asList((UUID[]) rs.getArray("reports").getArray()));
    }
}
