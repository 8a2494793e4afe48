package dev.kizuna.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code task} and its events; the checklist and comments have their own repositories. */
@Repository
class TaskRepository {

    static final String OPEN = TaskFilterSql.OPEN;

    private static final String SELECT = """
            select t.*, b.name as board_name, r.name as role_name, o.display_name as owner_name,
                   q.display_name as requester_name, c.name as company_name, d.title as deal_name,
                   so.number as order_number,
                   (select count(*) filter (where i.done) from task_checklist_item i where i.task_id = t.id) as checks_done,
                   (select count(*) from task_checklist_item i where i.task_id = t.id) as checks_total
            from task t
            join board b on b.id = t.board_id
            left join job_role r on r.id = t.owner_role_id
            left join app_user o on o.id = t.owner_user_id
            left join app_user q on q.id = t.requester_id
            left join company c on c.id = t.company_id
            left join deal d on d.id = t.deal_id
            left join sales_order so on so.id = t.order_id
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Task> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TaskRepository::map).optional();
    }

    void insert(UUID id, Clean c, UUID requester, UUID actor) {
        jdbc.sql("""
                insert into task (id, board_id, title, details, owner_role_id, owner_user_id, requester_id, company_id,
                                  deal_id, order_id, due_on, due_time, priority, created_by, updated_by)
                values (:id, :boardId, :title, :details, :ownerRoleId, :ownerUserId, :requester, :companyId,
                        :dealId, :orderId, :dueOn, :dueTime, :priority, :actor, :actor)
                """).params(values(c)).param("id", id).param("requester", requester).param("actor", actor)
                .update();
    }

    boolean update(UUID id, long version, Clean c, UUID actor) {
        return jdbc.sql("""
                update task set board_id = :boardId, title = :title, details = :details,
                       owner_role_id = :ownerRoleId, owner_user_id = :ownerUserId, company_id = :companyId,
                       deal_id = :dealId, order_id = :orderId, due_on = :dueOn, due_time = :dueTime,
                       priority = :priority, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).params(values(c)).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    private static Map<String, Object> values(Clean c) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("boardId", c.boardId());
        v.put("title", c.title());
        v.put("details", c.details());
        v.put("ownerRoleId", c.ownerRoleId());
        v.put("ownerUserId", c.ownerUserId());
        v.put("companyId", c.companyId());
        v.put("dealId", c.dealId());
        v.put("orderId", c.orderId());
        v.put("dueOn", c.dueOn());
        v.put("dueTime", c.dueTime());
        v.put("priority", c.priority().code());
        return v;
    }

    /** A closed task's running timer stops, its time counted (parameter {@code :open}: the new status is open). */
    private static final String STOP_TIMER_WHEN_CLOSED = """
                   worked_seconds = worked_seconds + case when :open then 0
                       else coalesce(extract(epoch from now() - timer_started_at)::int, 0) end,
                   timer_started_at = case when :open then timer_started_at end,
            """;

    boolean setStatus(UUID id, long version, TaskStatus status, UUID actor) {
        return jdbc.sql("""
                update task set status = :status, status_changed_at = now(),
                       closed_at = case when :open then null else now() end,
                """ + STOP_TIMER_WHEN_CLOSED + """
                       version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("status", status.code()).param("open", status.open()).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean setOwner(UUID id, long version, UUID userId, UUID actor) {
        return jdbc.sql("""
                update task set owner_user_id = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?
                """).params(userId, actor, id, version).update() == 1;
    }

    /** Counts per status of a board; closed statuses only since {@code closedSince}. */
    Map<TaskStatus, Long> columnCounts(UUID boardId, Instant closedSince) {
        Map<TaskStatus, Long> counts = new java.util.EnumMap<>(TaskStatus.class);
        jdbc.sql("""
                select status, count(*) from task t
                where board_id = ? and (status in ('todo', 'doing') or closed_at >= ?) group by status
                """).params(boardId, Timestamp.from(closedSince))
                .query((rs, n) -> counts.put(TaskStatus.of(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** Served by task_board_status_idx: one status of one board, oldest first (closed: newest first). */
    List<Task> column(UUID boardId, TaskStatus status, Instant closedSince, int limit) {
        if (status.open()) {
            return jdbc.sql(SELECT + " where t.board_id = ? and t.status = ? order by t.created_at, t.id limit ?")
                    .params(boardId, status.code(), limit).query(TaskRepository::map).list();
        }
        return jdbc.sql(SELECT + """
                 where t.board_id = ? and t.status = ? and t.closed_at >= ?
                 order by t.created_at desc, t.id desc limit ?""")
                .params(boardId, status.code(), Timestamp.from(closedSince), limit).query(TaskRepository::map).list();
    }

    List<Task> list(TaskFilterSql filter, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true").append(filter.where());
        List<Object> all = new ArrayList<>(filter.args());
        filter.order().appendAfter(sql, all, after);
        filter.order().appendOrderAndLimit(sql, all, fetchSize);
        return jdbc.sql(sql.toString()).params(all).query(TaskRepository::map).list();
    }

    long count(TaskFilterSql filter) {
        return jdbc.sql("select count(*) from task t where true" + filter.where()).params(filter.args())
                .query(Long.class).single();
    }

    List<Task> ofCompany(UUID companyId, boolean openOnly, int limit) {
        return jdbc.sql(SELECT + " where t.company_id = ?" + (openOnly ? " and " + OPEN : "")
                + " order by t.created_at desc, t.id desc limit ?").params(companyId, limit)
                .query(TaskRepository::map).list();
    }

    /** For automation (a playbook's call limit): closes or reopens a task whatever its version. */
    void forceStatus(UUID id, TaskStatus status) {
        jdbc.sql("""
                update task set status = :status, status_changed_at = now(),
                       closed_at = case when :open then null else now() end,
                """ + STOP_TIMER_WHEN_CLOSED + """
                       version = version + 1, updated_at = now() where id = :id
                """).param("status", status.code()).param("open", status.open()).param("id", id).update();
    }

    void setTarget(UUID id, int minutes) {
        jdbc.sql("update task set target_minutes = ? where id = ?").params(minutes, id).update();
    }

    /** Starts the timer (if not running) or stops it, adding the time since it started to worked_seconds. */
    boolean toggleTimer(UUID id, long version, boolean start, UUID actor) {
        return jdbc.sql(start ? """
                update task set timer_started_at = coalesce(timer_started_at, now()), version = version + 1,
                       updated_at = now(), updated_by = ? where id = ? and version = ?
                """ : """
                update task set worked_seconds = worked_seconds
                           + coalesce(extract(epoch from now() - timer_started_at)::int, 0),
                       timer_started_at = null, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?
                """).params(actor, id, version).update() == 1;
    }

    record Timer(Integer targetMinutes, Instant startedAt, int workedSeconds) {
    }

    Timer timer(UUID id) {
        return jdbc.sql("select target_minutes, timer_started_at, worked_seconds from task where id = ?").param(id)
                .query((rs, n) -> new Timer((Integer) rs.getObject("target_minutes"), instant(rs, "timer_started_at"),
                        rs.getInt("worked_seconds"))).single();
    }

    void bumpVersion(UUID taskId, UUID actor) {
        jdbc.sql("update task set version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(actor, taskId).update();
    }

    // History

    void addEvent(UUID id, UUID taskId, UUID companyId, UUID actor, String kind, String detail) {
        jdbc.sql("""
                insert into task_event (id, task_id, company_id, actor_id, kind, detail)
                values (:id, :taskId, :companyId, :actor, :kind, :detail)
                """).param("id", id).param("taskId", taskId).param("companyId", companyId).param("actor", actor)
                .param("kind", kind).param("detail", detail == null ? "" : detail).update();
    }

    List<TaskEvent> events(UUID taskId, int limit) {
        return jdbc.sql("""
                select e.*, u.display_name from task_event e left join app_user u on u.id = e.actor_id
                where e.task_id = ? order by e.at desc, e.id desc limit ?
                """).params(taskId, limit).query(TaskRepository::event).list();
    }

    record CompanyEvent(TaskEvent event, String title) {
    }

    /** A customer's task history, newest first, strictly before (at, id); served by task_event_company_idx. */
    List<CompanyEvent> eventsOfCompany(UUID companyId, Instant before, UUID beforeId, int limit) {
        String after = before == null ? "" : " and (e.at, e.id) < (?, ?)";
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (before != null) {
            args.add(Timestamp.from(before));
            args.add(beforeId);
        }
        args.add(limit);
        return jdbc.sql("""
                select e.*, u.display_name, t.title from task_event e
                join task t on t.id = e.task_id
                left join app_user u on u.id = e.actor_id
                where e.company_id = ?""" + after + " order by e.at desc, e.id desc limit ?").params(args)
                .query((rs, n) -> new CompanyEvent(event(rs, n), rs.getString("title"))).list();
    }

    private static TaskEvent event(ResultSet rs, int n) throws SQLException {
        return new TaskEvent(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
                instant(rs, "at"), rs.getString("display_name"), rs.getString("kind"), rs.getString("detail"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Task map(ResultSet rs, int n) throws SQLException {
        java.sql.Date due = rs.getDate("due_on");
        java.sql.Time time = rs.getTime("due_time");
        return new Task(rs.getObject("id", UUID.class), rs.getObject("board_id", UUID.class),
                rs.getString("board_name"), rs.getString("title"), rs.getString("details"),
                rs.getObject("owner_role_id", UUID.class), rs.getString("role_name"),
                rs.getObject("owner_user_id", UUID.class), rs.getString("owner_name"),
                rs.getObject("requester_id", UUID.class), rs.getString("requester_name"),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("deal_id", UUID.class), rs.getString("deal_name"),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                due == null ? null : due.toLocalDate(), time == null ? null : time.toLocalTime(),
                TaskPriority.of(rs.getString("priority")), TaskStatus.of(rs.getString("status")),
                instant(rs, "status_changed_at"), instant(rs, "closed_at"), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("checks_done"),
                rs.getInt("checks_total"));
    }

    /** A checked task's values, as written. */
    record Clean(UUID boardId, String title, String details, UUID ownerRoleId, UUID ownerUserId, UUID companyId,
            UUID dealId, UUID orderId, LocalDate dueOn, LocalTime dueTime, TaskPriority priority) {
    }

    /** How many open tasks a customer has (a branch step's count). */
    int openOfCompany(java.util.UUID companyId) {
        return jdbc.sql("select count(*) from task where company_id = ? and status in ('todo', 'doing')")
                .param(companyId).query(Integer.class).single();
    }

    /**
     * Per customer: tasks due before {@code asOf} that were still open when it began (created before, not closed by
     * then), so a past day sees what was known on it.
     */
    java.util.Map<java.util.UUID, Long> overdueOpen(java.util.Collection<java.util.UUID> companies, LocalDate asOf,
            java.time.Instant dayStart) {
        java.util.Map<java.util.UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select t.company_id, count(*) from task t
                 where t.company_id = any(?::uuid[]) and t.due_on < ? and t.created_at < ?
                   and (t.closed_at is null or t.closed_at >= ?) and (t.status in ('todo', 'doing') or t.closed_at is not null)
                 group by t.company_id
                """).params(companies.stream().map(java.util.UUID::toString).toArray(String[]::new), asOf,
                java.sql.Timestamp.from(dayStart), java.sql.Timestamp.from(dayStart))
                .query(rs -> {
                    counts.put(rs.getObject(1, java.util.UUID.class), rs.getLong(2));
                });
        return counts;
    }
}
