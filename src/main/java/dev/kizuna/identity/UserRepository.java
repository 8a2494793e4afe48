package dev.kizuna.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user table and a user's job roles. Updates check the version: 0 rows means stale. */
@Repository
class UserRepository {

    record Row(UUID id, String email, String displayName, String nameKana, String passwordHash,
            PermissionLevel level, String locale, String timeZone, boolean active, boolean mustChangePassword,
            long version, java.time.Instant createdAt, java.time.Instant updatedAt) {
    }

    /** Sort key column per list order; each has an index on (column, id). */
    private static KeysetOrder order(UserFilter filter) {
        return switch (filter.sortOrDefault()) {
            case "email" -> new KeysetOrder("u.email", "text", "u.id", filter.desc());
            case "created" -> new KeysetOrder("u.created_at", "timestamptz", "u.id", filter.desc());
            default -> new KeysetOrder("u.name_kana", "text", "u.id", filter.desc());
        };
    }

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(UserRepository::map).optional();
    }

    boolean emailTaken(String email, UUID exceptId) {
        return jdbc.sql("select exists (select 1 from app_user where email = ? and id is distinct from ?)")
                .params(email, exceptId).query(Boolean.class).single();
    }

    long countActiveAdmins() {
        return jdbc.sql("select count(*) from app_user where active and permission_level = 'ADMIN'")
                .query(Long.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Until the transaction ends: of instances starting together on an empty database, one at a time looks. */
    void lockFirstStart() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('kizuna:first administrator'))").query((rs, n) -> 1).single();
    }

    void insert(Row row, UUID actor) {
        jdbc.sql("""
                insert into app_user (id, email, display_name, name_kana, password_hash, permission_level, locale,
                                      time_zone, active, must_change_password, created_by, updated_by)
                values (:id, :email, :displayName, :nameKana, :passwordHash, :level, :locale, :timeZone, :active,
                        :mustChangePassword, :actor, :actor)
                """)
                .param("id", row.id()).param("email", row.email()).param("displayName", row.displayName())
                .param("nameKana", row.nameKana()).param("passwordHash", row.passwordHash())
                .param("level", row.level().name()).param("locale", row.locale()).param("timeZone", row.timeZone())
                .param("active", row.active()).param("mustChangePassword", row.mustChangePassword())
                .param("actor", actor)
                .update();
    }

    /** @return false when the version was stale */
    boolean update(UUID id, long version, String email, String displayName, String nameKana,
            PermissionLevel level, String locale, String timeZone, UUID actor) {
        return jdbc.sql("""
                update app_user set email = ?, display_name = ?, name_kana = ?, permission_level = ?, locale = ?,
                       time_zone = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(email, displayName, nameKana, level.name(), locale, timeZone, actor, id, version)
                .update() == 1;
    }

    boolean setActive(UUID id, long version, boolean active, UUID actor) {
        return jdbc.sql("""
                update app_user set active = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(active, actor, id, version).update() == 1;
    }

    void setPassword(UUID id, String hash, boolean mustChange, UUID actor) {
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = ?, version = version + 1,
                       updated_at = now(), updated_by = ?
                 where id = ?
                """).params(hash, mustChange, actor, id).update();
    }

    void replaceRoles(UUID userId, List<UUID> roleIds) {
        jdbc.sql("delete from user_job_role where user_id = ?").param(userId).update();
        for (UUID roleId : roleIds) {
            jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(userId, roleId).update();
        }
    }

    List<RoleRef> roles(UUID userId) {
        return jdbc.sql("""
                select r.id, r.name, r.retired from job_role r join user_job_role ur on ur.role_id = r.id
                 where ur.user_id = ? order by r.name
                """).param(userId).query((rs, n) -> new RoleRef(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getBoolean(3))).list();
    }

    List<TeamRef> teams(UUID userId) {
        return jdbc.sql("""
                select t.id, t.name from team t join team_member m on m.team_id = t.id
                 where m.user_id = ? order by t.name
                """).param(userId).query((rs, n) -> new TeamRef(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** One page of the users list, keyset-paged on (sort column, id). */
    List<UserSummary> list(UserFilter filter, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                select u.id, u.email, u.display_name, u.name_kana, u.permission_level, u.active, u.created_at,
                       (select string_agg(r.name, '、' order by r.name) from user_job_role ur
                          join job_role r on r.id = ur.role_id where ur.user_id = u.id) as role_names
                  from app_user u
                 where true
                """);
        List<Object> args = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (u.display_name ilike ? or u.name_kana ilike ? or u.email ilike ?)");
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String kanaLike = "%" + dev.kizuna.platform.text.JapaneseText.toKatakanaReading(filter.text()) + "%";
            args.add(like);
            args.add(kanaLike);
            args.add(like.toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.level() != null) {
            sql.append(" and u.permission_level = ?");
            args.add(filter.level().name());
        }
        if (filter.active() != null) {
            sql.append(" and u.active = ?");
            args.add(filter.active());
        }
        if (filter.roleId() != null) {
            sql.append(" and exists (select 1 from user_job_role ur where ur.user_id = u.id and ur.role_id = ?)");
            args.add(filter.roleId());
        }
        KeysetOrder order = order(filter);
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new UserSummary(
                rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("name_kana"), PermissionLevel.valueOf(rs.getString("permission_level")),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getString("role_names")))
                .list();
    }

    static Cursor cursorOf(UserSummary u, UserFilter filter) {
        return switch (filter.sortOrDefault()) {
            case "email" -> Cursor.of(u.email(), u.id());
            case "created" -> Cursor.of(u.createdAt(), u.id());
            default -> Cursor.of(u.nameKana(), u.id());
        };
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("name_kana"), rs.getString("password_hash"),
                PermissionLevel.valueOf(rs.getString("permission_level")), rs.getString("locale"),
                rs.getString("time_zone"), rs.getBoolean("active"), rs.getBoolean("must_change_password"),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
