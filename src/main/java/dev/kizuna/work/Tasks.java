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

import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
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
    private final TaskChecklistRepository checklists;
    private final TaskCommentRepository comments;
    private final TaskCheck taskCheck;
    private final TaskTimers timers;
    private final Boards boards;
    private final Users users;
    private final WorkNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tasks(TaskRepository tasks, TaskChecklistRepository checklists, TaskCommentRepository comments,
            TaskCheck taskCheck, TaskTimers timers, Boards boards, Users users, WorkNotices notices, AuditLog audit,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.tasks = tasks;
        this.checklists = checklists;
        this.comments = comments;
        this.taskCheck = taskCheck;
        this.timers = timers;
        this.boards = boards;
        this.users = users;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * Per customer: tasks due before {@code asOf} and still open when that day began (Tokyo); customers without any
     * are absent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Long> overdueOpen(java.util.Collection<UUID> companyIds, LocalDate asOf) {
        return companyIds.isEmpty() ? java.util.Map.of()
                : tasks.overdueOpen(companyIds, asOf, asOf.atStartOfDay(ZONE).toInstant());
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
        List<Task> rows = tasks.list(TaskFilterSql.of(filter, today()), page.decodedCursor(2), page.fetchSize());
        return page.page(rows, t -> Cursor.of("overdue".equals(filter.view()) ? t.dueOn() : t.createdAt(), t.id()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        return tasks.count(TaskFilterSql.of(filter, today()));
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
        return checklists.checklist(taskId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskComment> comments(UUID taskId) {
        return comments.comments(taskId);
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
        TaskRepository.Clean clean = taskCheck.verify(draft, check, null, today());
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        tasks.insert(id, clean, requester, actor);
        checklist.forEach(label -> checklists.addChecklistItem(Ids.newId(), id, label));
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
        TaskRepository.Clean clean = taskCheck.verify(draft, Check.of(), before, today());
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
        boolean timerRunning = timers.running(id);
        if (!tasks.setStatus(id, version, to, actor)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Task after = find(id);
        if (timerRunning && !to.open()) {
            timers.recordStopped(before, actor); // closing a task stops its timer: actual against target is recorded
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
                .failIf(checklists.checklist(taskId).size() >= 50, "label", "Range", 0, 50).verify();
        UUID id = Ids.newId();
        checklists.addChecklistItem(id, taskId, clean);
        tasks.bumpVersion(taskId, CurrentActor.idOrNull());
        audit.record("task.checklist.added", AUDIT_TYPE, taskId, null, Map.of("label", clean));
        return checklists.checklist(task.id()).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @PreAuthorize("hasRole('MEMBER')")
    public List<ChecklistItem> check(UUID taskId, UUID itemId, boolean done) {
        find(taskId);
        if (!checklists.setChecked(taskId, itemId, done, CurrentActor.idOrNull())) {
            throw new NotFoundException("checklistItem", itemId);
        }
        tasks.bumpVersion(taskId, CurrentActor.idOrNull());
        audit.record(done ? "task.checklist.checked" : "task.checklist.unchecked", AUDIT_TYPE, taskId, null,
                Map.of("item", itemId));
        return checklists.checklist(taskId);
    }

    /** A comment; everyone it @mentions (by name, surname, furigana or e-mail: see {@link Mentions}) is notified. */
    @PreAuthorize("hasRole('MEMBER')")
    public TaskComment comment(UUID taskId, String body) {
        Task task = find(taskId);
        String clean = body == null ? "" : body.strip();
        Check.of().required("body", clean).maxLength("body", clean, 5000).verify();
        List<UUID> mentioned = Mentions.find(clean, users.all(true));
        UUID me = CurrentActor.required().actorId();
        UUID id = Ids.newId();
        comments.addComment(id, taskId, me, clean, mentioned);
        tasks.addEvent(Ids.newId(), taskId, task.companyId(), me, "comment",
                clean.length() > 80 ? clean.substring(0, 80) + "…" : clean);
        audit.record("task.commented", AUDIT_TYPE, taskId, null, Map.of("body", clean));
        mentioned.stream().filter(u -> !u.equals(me)).forEach(u -> notices.mentioned(u, task));
        return comments.comments(taskId).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }


}
