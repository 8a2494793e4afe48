package dev.kizuna.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL over playbooks and their versions; runs are in {@link PlaybookRunRepository}. */
@Repository
class PlaybookRepository {

    private static final TypeReference<List<PlaybookStep>> STEPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlaybookRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // Playbooks and versions

    List<Playbook> list() {
        return jdbc.sql("""
                select p.*, v.steps from playbook p
                join playbook_version v on v.playbook_id = p.id and v.number = p.current_version
                order by p.name, p.id
                """).query(this::playbook).list();
    }

    Optional<Playbook> find(UUID id) {
        return jdbc.sql("""
                select p.*, v.steps from playbook p
                join playbook_version v on v.playbook_id = p.id and v.number = p.current_version where p.id = ?
                """).param(id).query(this::playbook).optional();
    }

    Optional<UUID> idOfKey(String key) {
        return jdbc.sql("select id from playbook where key = ?").param(key).query(UUID.class).optional();
    }

    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("select count(*) from playbook where lower(name) = lower(?) and id is distinct from ?")
                .params(name, exceptId).query(Long.class).single() > 0;
    }

    List<Playbook> triggered(String trigger) {
        return jdbc.sql("""
                select p.*, v.steps from playbook p
                join playbook_version v on v.playbook_id = p.id and v.number = p.current_version
                where p.active and p.trigger = ? order by p.id
                """).param(trigger).query(this::playbook).list();
    }

    void insert(UUID id, String key, PlaybookDraft d, boolean builtin, UUID actor) {
        jdbc.sql("""
                insert into playbook (id, key, name, description, trigger, trigger_type, skip_tag, active, builtin,
                                      created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, key, d.name(), d.description(), d.trigger(), d.triggerType(), d.skipTag(),
                d.active() == null || d.active(), builtin, actor, actor).update();
        insertVersion(id, 1, d.steps(), actor);
    }

    boolean update(UUID id, long version, PlaybookDraft d, int newVersion, UUID actor) {
        return jdbc.sql("""
                update playbook set name = ?, description = ?, trigger = ?, trigger_type = ?, skip_tag = ?, active = ?,
                       current_version = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?
                """).params(d.name(), d.description(), d.trigger(), d.triggerType(), d.skipTag(),
                d.active() == null || d.active(), newVersion, actor, id, version).update() == 1;
    }

    void insertVersion(UUID playbookId, int number, List<PlaybookStep> steps, UUID actor) {
        jdbc.sql("""
                insert into playbook_version (id, playbook_id, number, steps, created_by) values (?, ?, ?, cast(? as jsonb), ?)
                """).params(dev.kizuna.platform.Ids.newId(), playbookId, number, json.writeValueAsString(steps), actor)
                .update();
    }

    List<PlaybookStep> stepsOfVersion(UUID versionId) {
        return json.readValue(jdbc.sql("select steps::text from playbook_version where id = ?").param(versionId)
                .query(String.class).single(), STEPS);
    }

    private Playbook playbook(ResultSet rs, int n) throws SQLException {
        return new Playbook(rs.getObject("id", UUID.class), rs.getString("key"), rs.getString("name"),
                rs.getString("description"), rs.getString("trigger"), rs.getString("trigger_type"),
                rs.getString("skip_tag"), rs.getInt("current_version"), rs.getBoolean("active"),
                rs.getBoolean("builtin"), rs.getLong("version"), json.readValue(rs.getString("steps"), STEPS));
    }
}
