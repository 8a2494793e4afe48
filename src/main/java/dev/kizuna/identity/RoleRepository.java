package dev.kizuna.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The job_role table. */
@Repository
class RoleRepository {

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select r.id, r.name, r.description, r.retired, r.version,
                   (select count(*) from user_job_role ur join app_user u on u.id = ur.user_id
                     where ur.role_id = r.id and u.active) as holders
              from job_role r
            """;

    List<Role> list(boolean includeRetired) {
        return jdbc.sql(SELECT + (includeRetired ? "" : " where not r.retired") + " order by r.retired, r.name")
                .query(Role.class).list();
    }

    Optional<Role> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Role.class).optional();
    }

    List<Role> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.id in (:ids)").param("ids", ids).query(Role.class).list();
    }

    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("select exists (select 1 from job_role where lower(name) = lower(?) and id is distinct from ?)")
                .params(name, exceptId).query(Boolean.class).single();
    }

    void insert(UUID id, String name, String description, UUID actor) {
        jdbc.sql("insert into job_role (id, name, description, created_by, updated_by) values (?, ?, ?, ?, ?)")
                .params(id, name, description, actor, actor).update();
    }

    boolean update(UUID id, long version, String name, String description, boolean retired, UUID actor) {
        return jdbc.sql("""
                update job_role set name = ?, description = ?, retired = ?, version = version + 1,
                       updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(name, description, retired, actor, id, version).update() == 1;
    }
}
