package dev.kizuna.success;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL over {@code success_health_model}; the definition is kept as JSON. */
@Repository
class HealthModelRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HealthModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<HealthModel> list() {
        return jdbc.sql("select * from success_health_model order by position, name, number, id").query(this::map)
                .list();
    }

    List<HealthModel> published() {
        return jdbc.sql("select * from success_health_model where status = 'published' order by position, created_at, id")
                .query(this::map).list();
    }

    Optional<HealthModel> find(UUID id) {
        return jdbc.sql("select * from success_health_model where id = ?").param(id).query(this::map).optional();
    }

    int nextNumber(UUID modelKey) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from success_health_model where model_key = ?")
                .param(modelKey).query(Integer.class).single();
    }

    void insert(UUID id, UUID modelKey, int number, String name, int position, HealthDefinition d, UUID actor) {
        jdbc.sql("""
                insert into success_health_model (id, model_key, number, name, position, definition, created_by,
                    updated_by) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """).params(id, modelKey, number, name, position, json.writeValueAsString(d), actor, actor).update();
    }

    /** Changes a draft; false when the version is stale or the model is no longer a draft. */
    boolean update(UUID id, long version, String name, int position, HealthDefinition d, UUID actor) {
        return jdbc.sql("""
                update success_health_model set name = ?, position = ?, definition = cast(? as jsonb),
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and status = 'draft'
                """).params(name, position, json.writeValueAsString(d), actor, id, version).update() == 1;
    }

    /** Retires the family's published version and publishes this draft; false when stale or not a draft. */
    boolean publish(UUID id, UUID modelKey, long version, UUID actor) {
        jdbc.sql("""
                update success_health_model set status = 'retired', version = version + 1, updated_at = now(),
                    updated_by = ? where model_key = ? and status = 'published'
                """).params(actor, modelKey).update();
        return jdbc.sql("""
                update success_health_model set status = 'published', published_at = now(), published_by = ?,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and status = 'draft'
                """).params(actor, actor, id, version).update() == 1;
    }

    private HealthModel map(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new HealthModel(rs.getObject("id", UUID.class), rs.getObject("model_key", UUID.class),
                rs.getInt("number"), rs.getString("name"), rs.getString("status"), rs.getInt("position"),
                json.readValue(rs.getString("definition"), HealthDefinition.class),
                published == null ? null : published.toInstant(), rs.getLong("version"));
    }
}
