package dev.kizuna.work;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.sales.Deals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks (タスク): everyone signed in reads them; members and above create, change, move, take, check off and comment
 * on them. A task owned by a role may be taken by anyone holding that role (managers and administrators may take
 * any). Changes carry the version read: a stale one is refused ({@link StaleVersionException}, 409). Every change is
 * audited and written to the task's history, which the customer's timeline shows.
 */
@Service
@Transactional
public class Tasks {

    static final String AUDIT_TYPE = "task";
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    /** Cards per column on a board; the rest are in the list. */
    public static final int BOARD_CARDS = 50;
    /** Done and cancelled columns show the tasks closed within this many days. */
    public static final int CLOSED_DAYS = 14;

    private final TaskRepository tasks;
    private final Boards boards;
    private final Roles roles;
    private final Users users;
    private final Companies companies;
    private final Deals deals;
    private final dev.kizuna.commerce.Orders orders;
    private final BusinessCalendar calendar;
    private final WorkNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final PlaybookRepository playbookRuns;

    Tasks(TaskRepository tasks, Boards boards, Roles roles, Users users, Companies companies, Deals deals,
            BusinessCalendar calendar, WorkNotices notices, AuditLog audit, ApplicationEventPublisher events,
            Optional<Clock> clock, PlaybookRepository playbookRuns, dev.kizuna.commerce.Orders orders) {
        this.playbookRuns = playbookRuns;
        this.orders = orders;
        this.tasks = tasks;
        this.boards = boards;
        this.roles = roles;
        this.users = users;
        this.companies = companies;
        this.deals = deals;
        this.calendar = calendar;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Task find(UUID id) {
        return tasks.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The board as columns by status (未着手, 対応中, 完了, 中止), each with its count and first cards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskBoard board(UUID boardId) {
        Board board = boards.find(boardId);
        var since = clock.instant().minus(Duration.ofDays(CLOSED_DAYS));
        Map<TaskStatus, Long> counts = tasks.columnCounts(boardId, since);
        List<TaskBoard.Column> columns = new ArrayList<>();
        for (TaskStatus status : TaskStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            columns.add(new TaskBoard.Column(status, count,
                    count == 0 ? List.of() : tasks.column(boardId, status, since, BOARD_CARDS)));
        }
        return new TaskBoard(board, columns, today());
    }

    /** Keyset-paged: oldest first, the overdue view by due day. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Task> list(TaskFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        appendWhere(filter, where, args);
        KeysetOrder order = "overdue".equals(filter.view()) ? new KeysetOrder("t.due_on", "date", "t.id", false)
                : new KeysetOrder("t.created_at", "timestamptz", "t.id", false);
        List<Task> rows = tasks.list(where, args, order, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, t -> Cursor.of("overdue".equals(filter.view()) ? t.dueOn() : t.createdAt(), t.id()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        appendWhere(filter, where, args);
        return tasks.count(where, args);
    }

    private void appendWhere(TaskFilter f, StringBuilder where, List<Object> args) {
        if ("mine".equals(f.view())) {
            where.append(" and t.owner_user_id = ? and ").append(TaskRepository.OPEN);
            args.add(CurrentActor.required().actorId());
        } else if ("overdue".equals(f.view())) {
            where.append(" and ").append(TaskRepository.OPEN).append(" and t.due_on is not null and t.due_on < ?");
            args.add(today());
        } else if ("unowned".equals(f.view())) {
            where.append(" and ").append(TaskRepository.OPEN).append(" and t.owner_user_id is null");
        }
        add(where, args, "t.board_id", f.boardId());
        add(where, args, "t.owner_user_id", f.ownerUserId());
        add(where, args, "t.owner_role_id", f.ownerRoleId());
        add(where, args, "t.company_id", f.companyId());
        add(where, args, "t.order_id", f.orderId());
        if ("open".equals(f.status())) {
            where.append(" and ").append(TaskRepository.OPEN);
        } else if (f.status() != null) {
            add(where, args, "t.status", f.status());
        }
    }

    private static void add(StringBuilder where, List<Object> args, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** A customer's tasks, newest first (the customer page's panel). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Task> ofCompany(UUID companyId, int limit) {
        return tasks.ofCompany(companyId, false, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(UUID taskId) {
        return tasks.checklist(taskId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskComment> comments(UUID taskId) {
        return tasks.comments(taskId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskEvent> history(UUID taskId) {
        return tasks.events(taskId, 200);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Task create(TaskDraft draft) {
        return insert(draft, CurrentActor.idOrNull());
    }

    /** Also for sample data and other modules' automation, with the requester given. */
    Task insert(TaskDraft draft, UUID requester) {
        List<String> checklist = draft.checklist() == null ? List.of()
                : draft.checklist().stream().map(s -> s == null ? "" : s.strip()).filter(s -> !s.isEmpty()).toList();
        Check check = Check.of()
                .failIf(checklist.size() > 50, "checklist", "Range", 0, 50)
                .failIf(checklist.stream().anyMatch(s -> s.length() > 200), "checklist", "Size", 200);
        TaskRepository.Clean clean = verify(draft, check, null);
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        tasks.insert(id, clean, requester, actor);
        checklist.forEach(label -> tasks.addChecklistItem(Ids.newId(), id, label));
        tasks.addEvent(Ids.newId(), id, clean.companyId(), actor, "created", clean.title());
        Task created = find(id);
        audit.record("task.created", AUDIT_TYPE, id, null, created.audit());
        if (created.ownerUserId() != null && !created.ownerUserId().equals(actor)) {
            notices.assigned(created);
        }
        events.publishEvent(new TaskCreated(id, created.boardId(), created.companyId(), created.ownerRoleId(),
                created.ownerUserId()));
        return created;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Task update(UUID id, long version, TaskDraft draft) {
        Task before = find(id);
        TaskRepository.Clean clean = verify(draft, Check.of(), before);
        UUID actor = CurrentActor.idOrNull();
        if (!tasks.update(id, version, clean, actor)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Task after = find(id);
        tasks.addEvent(Ids.newId(), id, after.companyId(), actor, "changed", after.title());
        audit.record("task.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        if (after.ownerUserId() != null && !after.ownerUserId().equals(before.ownerUserId())
                && !after.ownerUserId().equals(actor)) {
            notices.assigned(after);
        }
        return after;
    }

    /** Moves the task to another status (board columns), if nobody changed it since {@code version}. */
    @PreAuthorize("hasRole('MEMBER')")
    public Task move(UUID id, long version, String status) {
        Task before = find(id);
        TaskStatus to = TaskStatus.of(status);
        Check.of().required("status", status).oneOf("status", status, TaskStatus.CODES).verify();
        UUID actor = CurrentActor.idOrNull();
        boolean timerRunning = tasks.timer(id).startedAt() != null;
        if (!tasks.setStatus(id, version, to, actor)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Task after = find(id);
        if (timerRunning && !to.open()) {
            timerStopped(before, actor); // closing a task stops its timer: actual against target is recorded
        }
        if (to != before.status()) {
            tasks.addEvent(Ids.newId(), id, after.companyId(), actor, "status", to.code());
            audit.record("task.moved", AUDIT_TYPE, id, before.audit(), after.audit());
            events.publishEvent(new TaskStatusChanged(id, after.boardId(), after.companyId(), before.status(), to));
        }
        return after;
    }

    /**
     * The caller takes the task: it becomes theirs (and 対応中 if it was 未着手). A role's task is for that role's
     * holders; managers and administrators may take any.
     */
    /** A task's work timer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskTimer timer(UUID id) {
        Task t = find(id);
        TaskRepository.Timer timer = tasks.timer(id);
        return new TaskTimer(timer.targetMinutes(), timer.startedAt(), timer.workedSeconds(), t.version());
    }

    /**
     * Starts or stops a task's timer (members and above, on an open task; starting a running timer or stopping a
     * stopped one changes nothing but the version check). Stopping records actual against target on the task's
     * history and, when the task belongs to a playbook run, on the run's history.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public TaskTimer timer(UUID id, long version, boolean start) {
        Task before = find(id);
        Check.of().failIf(start && !before.status().open(), "status", "WorkTaskClosed").verify();
        UUID me = CurrentActor.required().actorId();
        boolean wasRunning = tasks.timer(id).startedAt() != null;
        if (!tasks.toggleTimer(id, version, start, me)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        TaskTimer after = timer(id);
        if (start && !wasRunning) {
            tasks.addEvent(Ids.newId(), id, before.companyId(), me, "timerStarted", "");
        } else if (!start && wasRunning) {
            timerStopped(before, me);
        }
        audit.record(start ? "task.timerStarted" : "task.timerStopped", AUDIT_TYPE, id,
                java.util.Map.of("workedSeconds", tasks.timer(id).workedSeconds()), java.util.Map.of("running", start));
        return after;
    }

    /** Records a stopped timer's actual against target on the task's history and on its playbook runs'. */
    private void timerStopped(Task task, UUID actor) {
        TaskTimer stopped = timer(task.id());
        java.time.Instant now = java.time.Instant.now();
        String detail = stopped.targetMinutes() == null ? stopped.workedMinutesAt(now) + "分"
                : stopped.workedMinutesAt(now) + "分 / 目標 " + stopped.targetMinutes() + "分";
        tasks.addEvent(Ids.newId(), task.id(), task.companyId(), actor, "timerStopped", detail);
        for (UUID run : playbookRuns.runsOfTask(task.id())) {
            playbookRuns.addEvent(run, task.companyId(), null, "timer", task.title() + "：" + detail, actor);
        }
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Task take(UUID id, long version) {
        Task before = find(id);
        UUID me = CurrentActor.required().actorId();
        boolean holds = before.ownerRoleId() == null || users.find(me).roleIds().contains(before.ownerRoleId())
                || CurrentActor.hasRole("MANAGER");
        Check.of()
                .failIf(!before.status().open(), "status", "WorkTaskClosed")
                .failIf(!holds, "ownerRoleId", "WorkNotRoleHolder", before.ownerRoleName())
                .verify();
        if (!tasks.setOwner(id, version, me, me)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        if (before.status() == TaskStatus.TODO) {
            tasks.setStatus(id, version + 1, TaskStatus.DOING, me);
        }
        Task after = find(id);
        tasks.addEvent(Ids.newId(), id, after.companyId(), me, "taken", CurrentActor.required().actorName());
        audit.record("task.taken", AUDIT_TYPE, id, before.audit(), after.audit());
        if (before.status() != after.status()) {
            events.publishEvent(new TaskStatusChanged(id, after.boardId(), after.companyId(), before.status(),
                    after.status()));
        }
        return after;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public ChecklistItem addChecklistItem(UUID taskId, String label) {
        Task task = find(taskId);
        String clean = label == null ? "" : label.strip();
        Check.of().required("label", clean).maxLength("label", clean, 200)
                .failIf(tasks.checklist(taskId).size() >= 50, "label", "Range", 0, 50).verify();
        UUID id = Ids.newId();
        tasks.addChecklistItem(id, taskId, clean);
        tasks.bumpVersion(taskId, CurrentActor.idOrNull());
        audit.record("task.checklist.added", AUDIT_TYPE, taskId, null, Map.of("label", clean));
        return tasks.checklist(task.id()).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @PreAuthorize("hasRole('MEMBER')")
    public List<ChecklistItem> check(UUID taskId, UUID itemId, boolean done) {
        find(taskId);
        if (!tasks.setChecked(taskId, itemId, done, CurrentActor.idOrNull())) {
            throw new NotFoundException("checklistItem", itemId);
        }
        tasks.bumpVersion(taskId, CurrentActor.idOrNull());
        audit.record(done ? "task.checklist.checked" : "task.checklist.unchecked", AUDIT_TYPE, taskId, null,
                Map.of("item", itemId));
        return tasks.checklist(taskId);
    }

    /** A comment; everyone it @mentions (by display name, with or without the space, or by e-mail) is notified. */
    @PreAuthorize("hasRole('MEMBER')")
    public TaskComment comment(UUID taskId, String body) {
        Task task = find(taskId);
        String clean = body == null ? "" : body.strip();
        Check.of().required("body", clean).maxLength("body", clean, 5000).verify();
        List<UUID> mentioned = Mentions.find(clean, tasks.mentionable());
        UUID me = CurrentActor.required().actorId();
        UUID id = Ids.newId();
        tasks.addComment(id, taskId, me, clean, mentioned);
        tasks.addEvent(Ids.newId(), taskId, task.companyId(), me, "comment",
                clean.length() > 80 ? clean.substring(0, 80) + "…" : clean);
        audit.record("task.commented", AUDIT_TYPE, taskId, null, Map.of("body", clean));
        mentioned.stream().filter(u -> !u.equals(me)).forEach(u -> notices.mentioned(u, task));
        return tasks.comments(taskId).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private TaskRepository.Clean verify(TaskDraft d, Check check, Task before) {
        String title = d.title() == null ? null : d.title().strip();
        String details = d.details() == null ? "" : d.details().strip();
        Board board = d.boardId() == null ? null : boards.list(true).stream()
                .filter(b -> b.id().equals(d.boardId())).findFirst().orElse(null);
        boolean roleKnown = d.ownerRoleId() == null || roles.list(true).stream()
                .anyMatch(r -> r.id().equals(d.ownerRoleId()));
        boolean dealKnown = d.dealId() == null || dealExists(d.dealId());
        dev.kizuna.commerce.Order order = d.orderId() == null ? null : orderOrNull(d.orderId());
        UUID companyId = d.companyId() == null && order != null ? order.companyId() : d.companyId();
        UUID dealId = d.dealId() == null && order != null ? order.dealId() : d.dealId();
        TaskPriority priority = d.priority() == null || d.priority().isBlank() ? TaskPriority.NORMAL
                : TaskPriority.of(d.priority());
        Integer inDays = d.dueInBusinessDays();
        check.required("title", title)
                .maxLength("title", title, 200)
                .maxLength("details", details, 5000)
                .required("boardId", d.boardId())
                .failIf(d.boardId() != null && board == null, "boardId", "UnknownId")
                .failIf(board != null && board.retired() && (before == null || !before.boardId().equals(board.id())),
                        "boardId", "WorkRetiredBoard")
                .failIf(!roleKnown, "ownerRoleId", "UnknownRole")
                .failIf(d.ownerUserId() != null && !users.exists(d.ownerUserId()), "ownerUserId", "UnknownUser")
                .failIf(d.companyId() != null && companies.findOrNull(d.companyId()) == null, "companyId", "UnknownId")
                .failIf(!dealKnown, "dealId", "UnknownId")
                .failIf(d.orderId() != null && order == null, "orderId", "UnknownId")
                .failIf(order != null && !order.companyId().equals(companyId), "orderId", "WorkOrderElsewhere")
                .oneOf("priority", d.priority(), TaskPriority.CODES)
                .failIf(inDays != null && (inDays < 0 || inDays > 250), "dueInBusinessDays", "Range", 0, 250)
                .failIf(d.dueTime() != null && d.dueOn() == null && inDays == null, "dueTime", "WorkTimeWithoutDay")
                .verify();
        LocalDate due = d.dueOn() != null ? d.dueOn() : inDays == null ? null
                : inDays > 0 ? calendar.addBusinessDays(today(), inDays)
                : calendar.isBusinessDay(today()) ? today() : calendar.nextBusinessDay(today());
        UUID role = d.ownerRoleId();
        if (role == null && d.ownerUserId() == null && !board.roles().isEmpty()) {
            role = board.roles().getFirst().id();
        }
        return new TaskRepository.Clean(board.id(), title, details, role, d.ownerUserId(), companyId, dealId,
                d.orderId(), due, d.dueTime(), priority);
    }

    private dev.kizuna.commerce.Order orderOrNull(UUID orderId) {
        try {
            return orders.find(orderId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private boolean dealExists(UUID dealId) {
        try {
            deals.find(dealId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
