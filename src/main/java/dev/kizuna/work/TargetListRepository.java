package dev.kizuna.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code target_list}, {@code target_list_member} and {@code target_list_feed}. */
@Repository
class TargetListRepository {

    private static final String SELECT = """
            select l.*, b.name as board_name, p.name as playbook_name,
                (select count(*) from target_list_member m where m.list_id = l.id and m.fed_on is null) as waiting,
                (select count(*) from target_list_member m where m.list_id = l.id and m.fed_on is not null) as fed
            from target_list l left join board b on b.id = l.board_id left join playbook p on p.id = l.playbook_id
            """;

    private static final String MEMBERS = """
            select m.*, c.name as company_name from target_list_member m join company c on c.id = m.company_id
            """;

    private final JdbcClient jdbc;

    TargetListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the list itself ----

    List<TargetList> list(boolean includeInactive) {
        return jdbc.sql(SELECT + (includeInactive ? "" : " where l.active") + " order by l.name, l.id")
                .query(TargetListRepository::map).list();
    }

    Optional<TargetList> find(UUID id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(TargetListRepository::map).optional();
    }

    /** The list, locked for this transaction (a re-evaluation holds it). */
    TargetList lock(UUID id) {
        return jdbc.sql(SELECT + " where l.id = ? for update of l").param(id).query(TargetListRepository::map)
                .single();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from target_list where lower(name) = lower(?) and (?::uuid is null or id <> ?)")
                .params(name, except, except).query(Long.class).single() > 0;
    }

    void insert(UUID id, TargetListSettings s, UUID actor) {
        jdbc.sql("""
                insert into target_list (id, name, description, query, view_id, order_field, order_desc, per_day,
                    refresh, feed_kind, board_id, playbook_id, active, created_by, updated_by, feed_mode)
                values (:id, :name, :description, :query, :viewId, :orderField, :orderDesc, :perDay,
                    :refresh, :feedKind, :boardId, :playbookId, :active, :actor, :actor, :feedMode)
                """).param("id", id).params(settings(s)).param("actor", actor).update();
    }

    /** Saves the settings when the version still matches; false when someone saved first. */
    boolean update(UUID id, long version, TargetListSettings s, UUID actor) {
        return jdbc.sql("""
                update target_list set name = :name, description = :description, query = :query, view_id = :viewId,
                    order_field = :orderField, order_desc = :orderDesc, per_day = :perDay, refresh = :refresh,
                    feed_kind = :feedKind, board_id = :boardId, playbook_id = :playbookId, active = :active,
                    feed_mode = :feedMode, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).params(settings(s)).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    private static Map<String, Object> settings(TargetListSettings s) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", s.name());
        p.put("description", s.description());
        p.put("query", s.query());
        p.put("viewId", s.viewId());
        p.put("orderField", s.orderField());
        p.put("orderDesc", s.orderDesc());
        p.put("perDay", s.perDay());
        p.put("refresh", s.refresh());
        p.put("feedKind", s.feedKind());
        p.put("boardId", s.boardId());
        p.put("playbookId", s.playbookId());
        p.put("active", s.active());
        p.put("feedMode", s.feedMode());
        return p;
    }

    /** Bumps the version when it still matches; false when someone saved first. */
    boolean bumpVersion(UUID id, long version) {
        return jdbc.sql("update target_list set version = version + 1 where id = ? and version = ?").params(id, version)
                .update() == 1;
    }

    void setNextRefresh(UUID id, LocalDate on) {
        jdbc.sql("update target_list set next_refresh_on = ? where id = ?").params(on, id).update();
    }

    void markRefreshed(UUID id, LocalDate next) {
        jdbc.sql("update target_list set refreshed_at = now(), next_refresh_on = ? where id = ?").params(next, id)
                .update();
    }

    /** Active lists fed every business day whose re-evaluation is due on {@code day}. */
    List<UUID> dailyDueForRefresh(LocalDate day) {
        return jdbc.sql("select id from target_list where active and refresh <> 'never'"
                + " and feed_mode = 'daily' and (next_refresh_on is null or next_refresh_on <= ?) order by id")
                .param(day).query(UUID.class).list();
    }

    List<UUID> activeDaily() {
        return jdbc.sql("select id from target_list where active and feed_mode = 'daily' order by id")
                .query(UUID.class).list();
    }

    /** Active schedules whose period is due on {@code day}. */
    List<UUID> periodsDue(LocalDate day) {
        return jdbc.sql("select id from target_list where active and feed_mode = 'period'"
                + " and (next_refresh_on is null or next_refresh_on <= ?) order by id").param(day)
                .query(UUID.class).list();
    }

    // ---- members ----

    List<TargetList.Member> waiting(UUID id, int afterPosition, int limit) {
        return jdbc.sql(MEMBERS + " where m.list_id = ? and m.fed_on is null and m.position > ?"
                + " order by m.position limit ?").params(id, afterPosition, limit)
                .query(TargetListRepository::member).list();
    }

    List<TargetList.Member> fed(UUID id, int limit) {
        return jdbc.sql(MEMBERS + " where m.list_id = ? and m.fed_on is not null order by m.fed_on desc, m.position"
                + " limit ?").params(id, limit).query(TargetListRepository::member).list();
    }

    /** The next waiting members, locked and skipped by a second instance. */
    List<TargetList.Member> claimWaiting(UUID id, int limit) {
        return jdbc.sql(MEMBERS + " where m.list_id = ? and m.fed_on is null"
                + " order by m.position limit ? for update of m skip locked")
                .params(id, limit).query(TargetListRepository::member).list();
    }

    Optional<Integer> waitingPosition(UUID id, UUID companyId) {
        return jdbc.sql("select position from target_list_member where list_id = ? and company_id = ?"
                + " and fed_on is null").params(id, companyId).query(Integer.class).optional();
    }

    /** The waiting member just before ({@code up}) or after a position. */
    Optional<UUID> waitingNeighbour(UUID id, int position, boolean up) {
        return jdbc.sql("select company_id from target_list_member where list_id = ? and"
                + " fed_on is null and position " + (up ? "< ? order by position desc" : "> ? order by position")
                + " limit 1").params(id, position).query(UUID.class).optional();
    }

    int position(UUID id, UUID companyId) {
        return jdbc.sql("select position from target_list_member where list_id = ? and company_id = ?")
                .params(id, companyId).query(Integer.class).single();
    }

    void setPosition(UUID id, UUID companyId, int position) {
        jdbc.sql("update target_list_member set position = ? where list_id = ? and company_id = ?")
                .params(position, id, companyId).update();
    }

    /** Every member: company → already fed. */
    Map<UUID, Boolean> members(UUID id) {
        Map<UUID, Boolean> present = new HashMap<>();
        jdbc.sql("select company_id, fed_on is not null as fed from target_list_member where list_id = ?").param(id)
                .query((rs, n) -> present.put(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        return present;
    }

    void removeMember(UUID id, UUID companyId) {
        jdbc.sql("delete from target_list_member where list_id = ? and company_id = ?").params(id, companyId).update();
    }

    int lastPosition(UUID id) {
        return jdbc.sql("select coalesce(max(position), 0) from target_list_member where list_id = ?").param(id)
                .query(Integer.class).single();
    }

    void addMember(UUID id, UUID companyId, int position) {
        jdbc.sql("insert into target_list_member (list_id, company_id, position) values (?, ?, ?)")
                .params(id, companyId, position).update();
    }

    void markFed(UUID id, UUID companyId, LocalDate day, UUID taskId, UUID runId) {
        jdbc.sql("update target_list_member set fed_on = ?, task_id = ?, run_id = ? where list_id = ?"
                + " and company_id = ?").params(day, taskId, runId, id, companyId).update();
    }

    /** A new period: every member waits again. */
    void unfeedAll(UUID id) {
        jdbc.sql("update target_list_member set fed_on = null, task_id = null, run_id = null where list_id = ?")
                .param(id).update();
    }

    // ---- the (list, day) feed rows ----

    /** Claims the (list, day) row; false when a second instance or an earlier run already did. */
    boolean claimDay(UUID id, LocalDate day) {
        return jdbc.sql("insert into target_list_feed (list_id, day) values (?, ?) on conflict do nothing")
                .params(id, day).update() == 1;
    }

    void recordFed(UUID id, LocalDate day, int fed) {
        jdbc.sql("update target_list_feed set fed = ? where list_id = ? and day = ?").params(fed, id, day).update();
    }

    private static TargetList map(ResultSet rs, int n) throws SQLException {
        var refreshed = rs.getTimestamp("refreshed_at");
        var next = rs.getDate("next_refresh_on");
        return new TargetList(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getString("query"), rs.getObject("view_id", UUID.class), rs.getString("order_field"),
                rs.getBoolean("order_desc"), rs.getInt("per_day"), rs.getString("refresh"), rs.getString("feed_kind"),
                rs.getObject("board_id", UUID.class), rs.getString("board_name"),
                rs.getObject("playbook_id", UUID.class), rs.getString("playbook_name"), rs.getBoolean("active"),
                refreshed == null ? null : refreshed.toInstant(), next == null ? null : next.toLocalDate(),
                rs.getInt("waiting"), rs.getInt("fed"), rs.getLong("version"), rs.getString("feed_mode"));
    }

    private static TargetList.Member member(ResultSet rs, int n) throws SQLException {
        var fedOn = rs.getDate("fed_on");
        return new TargetList.Member(rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getInt("position"), fedOn == null ? null : fedOn.toLocalDate(), rs.getObject("task_id", UUID.class),
                rs.getObject("run_id", UUID.class));
    }
}
