package dev.kizuna.work;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backlog per board by {@link BacklogRule} (N = the board's {@code backlogDays}, default 2), and the daily alert to
 * each board's manager about tasks that newly became backlog.
 */
@Service
@Transactional
public class Backlog {

    /** One board's backlog and overdue figures. */
    public record BoardBacklog(UUID boardId, String boardName, int backlogDays, long backlog) {
    }

    private final BoardRepository boards;
    private final TaskBacklogRepository tasks;
    private final BusinessCalendar calendar;
    private final WorkNotices notices;
    private final Clock clock;

    Backlog(BoardRepository boards, TaskBacklogRepository tasks, BusinessCalendar calendar, WorkNotices notices,
            Optional<Clock> clock) {
        this.boards = boards;
        this.tasks = tasks;
        this.calendar = calendar;
        this.notices = notices;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Tasks created before this instant are backlog on a board with {@code backlogDays}, as of {@code today}. */
    public Instant cutoff(LocalDate today, int backlogDays) {
        return new BacklogRule(backlogDays).cutoff(today, calendar);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Tasks.ZONE));
    }

    /** Every active board's backlog as of {@code day} (the daily report, the boards page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BoardBacklog> asOf(LocalDate day) {
        List<BoardBacklog> result = new ArrayList<>();
        for (Board b : boards.list(false)) {
            result.add(new BoardBacklog(b.id(), b.name(), b.backlogDays(),
                    tasks.backlogCount(b.id(), cutoff(day, b.backlogDays()))));
        }
        return result;
    }

    /** Open tasks due before {@code day}, over all boards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long overdue(LocalDate day) {
        return tasks.overdueCount(day);
    }

    /**
     * Alerts each board's manager once about the tasks that became backlog since the last run; returns how many
     * tasks were newly reported. Safe on two instances: each task is claimed with {@code for update skip locked}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int alertNewBacklog() {
        LocalDate today = today();
        int total = 0;
        for (Board b : boards.list(false)) {
            List<TaskBacklogRepository.BacklogItem> claimed = tasks.claimBacklog(b.id(), cutoff(today, b.backlogDays()));
            if (!claimed.isEmpty() && b.managerId() != null) {
                notices.backlog(b.managerId(), b, claimed.size());
            }
            total += claimed.size();
        }
        return total;
    }
}
