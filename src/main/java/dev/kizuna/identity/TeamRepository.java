package dev.kizuna.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team and team_member tables. */
@Repository
class TeamRepository {

    private record TeamRow(UUID id, String name, UUID managerId, String managerName, long version) {
    }

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select t.id, t.name, t.manager_id, m.display_name as manager_name, t.version
              from team t left join app_user m on m.id = t.manager_id
            """;

    boolean manages(java.util.UUID managerId, java.util.UUID memberId) {
        return jdbc.sql("""
                select exists (select 1 from team t join team_member m on m.team_id = t.id
                                where t.manager_id = ? and m.user_id = ?)
                """).params(managerId, memberId).query(Boolean.class).single();
    }

    List<Team> list() {
        return jdbc.sql(SELECT + " order by t.name").query(TeamRow.class).list().stream().map(this::withMembers).toList();
    }

    Optional<Team> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TeamRow.class).optional().map(this::withMembers);
    }

    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("select exists (select 1 from team where lower(name) = lower(?) and id is distinct from ?)")
                .params(name, exceptId).query(Boolean.class).single();
    }

    long countUsers(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from app_user where id in (:ids)").param("ids", ids).query(Long.class).single();
    }

    void insert(UUID id, String name, UUID managerId, UUID actor) {
        jdbc.sql("insert into team (id, name, manager_id, created_by, updated_by) values (?, ?, ?, ?, ?)")
                .params(id, name, managerId, actor, actor).update();
    }

    boolean update(UUID id, long version, String name, UUID managerId, UUID actor) {
        return jdbc.sql("""
                update team set name = ?, manager_id = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(name, managerId, actor, id, version).update() == 1;
    }

    void replaceMembers(UUID teamId, List<UUID> userIds) {
        jdbc.sql("delete from team_member where team_id = ?").param(teamId).update();
        for (UUID userId : userIds.stream().distinct().toList()) {
            jdbc.sql("insert into team_member (team_id, user_id) values (?, ?)").params(teamId, userId).update();
        }
    }

    private Team withMembers(TeamRow row) {
        List<Team.UserSummaryRef> members = jdbc.sql("""
                select u.id, u.display_name from team_member m join app_user u on u.id = m.user_id
                 where m.team_id = ? order by u.name_kana, u.id
                """).param(row.id()).query((rs, n) -> new Team.UserSummaryRef(rs.getObject(1, UUID.class),
                rs.getString(2))).list();
        return new Team(row.id(), row.name(), row.managerId(), row.managerName(), members, row.version());
    }
}
