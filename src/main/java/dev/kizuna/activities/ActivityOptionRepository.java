package dev.kizuna.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The channels and types of activity ({@code activity_option}) and the details templates ({@code activity_template}). */
@Repository
class ActivityOptionRepository {

    private final JdbcClient jdbc;

    ActivityOptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A kind's options in their order, the retired ones too when asked. */
    List<ActivityOption> of(String kind, boolean withRetired) {
        return jdbc.sql("select * from activity_option where kind = ? and (? or not retired) order by position, name")
                .params(kind, withRetired).query(ActivityOptionRepository::map).list();
    }

    Optional<ActivityOption> find(UUID id) {
        return jdbc.sql("select * from activity_option where id = ?").param(id).query(ActivityOptionRepository::map)
                .optional();
    }

    boolean exists(String kind, String name) {
        return jdbc.sql("select exists (select 1 from activity_option where kind = ? and name = ?)")
                .params(kind, name).query(Boolean.class).single();
    }

    /** A new option, last of its kind. */
    void insert(UUID id, String kind, String name, String nameEn, boolean call) {
        jdbc.sql("""
                insert into activity_option (id, kind, name, name_en, is_call, position)
                values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from activity_option where kind = ?))
                """).params(id, kind, name, nameEn, call, kind).update();
    }

    /** Retires or reinstates the option if {@code version} is its own; false when it is stale. */
    boolean setRetired(UUID id, long version, boolean retired) {
        return jdbc.sql("update activity_option set retired = ?, version = version + 1 where id = ? and version = ?")
                .params(retired, id, version).update() == 1;
    }

    /** Templates of a type (all types when null) that are not retired, in their order. */
    List<ActivityTemplate> templates(UUID typeId) {
        return jdbc.sql("""
                select * from activity_template where (cast(? as uuid) is null or type_id = ?) and not retired
                 order by position, title""").params(typeId, typeId).query((rs, n) -> new ActivityTemplate(
                rs.getObject("id", UUID.class), rs.getObject("type_id", UUID.class), rs.getString("title"),
                rs.getString("body"), rs.getInt("position"), rs.getBoolean("retired"), rs.getLong("version"))).list();
    }

    /** A new template, last of its type. */
    void insertTemplate(UUID id, UUID typeId, String title, String body) {
        jdbc.sql("""
                insert into activity_template (id, type_id, title, body, position)
                values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from activity_template where type_id = ?))
                """).params(id, typeId, title, body, typeId).update();
    }

    private static ActivityOption map(ResultSet rs, int n) throws SQLException {
        return new ActivityOption(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
                rs.getString("name_en"), rs.getBoolean("is_call"), rs.getInt("position"), rs.getBoolean("retired"),
                rs.getLong("version"));
    }
}
