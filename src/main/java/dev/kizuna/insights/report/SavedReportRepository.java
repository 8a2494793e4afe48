package dev.kizuna.insights.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Saved reports: the definition as JSON, the owner, shared or not. */
@Repository
class SavedReportRepository {

    private static final String SELECT = """
            select r.id, r.name, r.shared, r.definition::text as definition, r.owner_id, u.display_name as owner_name,
                   r.created_at from report r left join app_user u on u.id = r.owner_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SavedReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Mine and the shared ones, by name (report_owner_idx, report_shared_idx). */
    List<SavedReport> visibleTo(UUID userId) {
        return jdbc.sql(SELECT + " where r.owner_id = ? or r.shared order by r.name, r.id limit 500").param(userId)
                .query(this::report).list();
    }

    Optional<SavedReport> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::report).optional();
    }

    SavedReport insert(UUID id, String name, boolean shared, ReportDefinition definition, UUID ownerId) {
        jdbc.sql("insert into report (id, name, shared, definition, owner_id) values (?, ?, ?, cast(? as jsonb), ?)")
                .params(id, name, shared, json.writeValueAsString(definition), ownerId).update();
        return find(id).orElseThrow();
    }

    void delete(UUID id) {
        jdbc.sql("delete from report where id = ?").param(id).update();
    }

    private SavedReport report(ResultSet rs, int n) throws SQLException {
        return new SavedReport(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("shared"),
                json.readValue(rs.getString("definition"), ReportDefinition.class), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), rs.getTimestamp("created_at").toInstant());
    }
}
