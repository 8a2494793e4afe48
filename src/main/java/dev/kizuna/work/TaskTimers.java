package dev.kizuna.work;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task's work timer: members and above start and stop it on an open task; stopping records actual against target
 * on the task's history and, when the task belongs to a playbook run, on the run's history. Closing a task stops it.
 */
@Service
@Transactional
public class TaskTimers {

    private final TaskRepository tasks;
    private final PlaybookRunRepository playbookRuns;
    private final AuditLog audit;

    TaskTimers(TaskRepository tasks, PlaybookRunRepository playbookRuns, AuditLog audit) {
        this.tasks = tasks;
        this.playbookRuns = playbookRuns;
        this.audit = audit;
    }

    /** A task's work timer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskTimer timer(UUID id) {
        Task t = find(id);
        TaskRepository.Timer timer = tasks.timer(id);
        return new TaskTimer(timer.targetMinutes(), timer.startedAt(), timer.workedSeconds(), t.version());
    }

    /**
     * Starts or stops a task's timer (starting a running timer or stopping a stopped one changes nothing but the
     * version check).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public TaskTimer timer(UUID id, long version, boolean start) {
        Task before = find(id);
        Check.of().failIf(start && !before.status().open(), "status", "WorkTaskClosed").verify();
        UUID me = CurrentActor.required().actorId();
        boolean wasRunning = running(id);
        if (!tasks.toggleTimer(id, version, start, me)) {
            throw new StaleVersionException(Tasks.AUDIT_TYPE, id);
        }
        TaskTimer after = timer(id);
        if (start && !wasRunning) {
            tasks.addEvent(Ids.newId(), id, before.companyId(), me, "timerStarted", "");
        } else if (!start && wasRunning) {
            recordStopped(before, me);
        }
        audit.record(start ? "task.timerStarted" : "task.timerStopped", Tasks.AUDIT_TYPE, id,
                Map.of("workedSeconds", tasks.timer(id).workedSeconds()), Map.of("running", start));
        return after;
    }

    boolean running(UUID id) {
        return tasks.timer(id).startedAt() != null;
    }

    /** Records a stopped timer's actual against target on the task's history and on its playbook runs'. */
    void recordStopped(Task task, UUID actor) {
        TaskTimer stopped = timer(task.id());
        Instant now = Instant.now();
        String detail = stopped.targetMinutes() == null ? stopped.workedMinutesAt(now) + "分"
                : stopped.workedMinutesAt(now) + "分 / 目標 " + stopped.targetMinutes() + "分";
        tasks.addEvent(Ids.newId(), task.id(), task.companyId(), actor, "timerStopped", detail);
        for (UUID run : playbookRuns.runsOfTask(task.id())) {
            playbookRuns.addEvent(run, task.companyId(), null, "timer", task.title() + "：" + detail, actor);
        }
    }

    private Task find(UUID id) {
        return tasks.find(id).orElseThrow(() -> new NotFoundException(Tasks.AUDIT_TYPE, id));
    }
}
