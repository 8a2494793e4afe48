package dev.kizuna.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-writer figures of the desk (seed 002's goal): minutes timed today against the hour, business days in a row at
 * goal and graduation after three months ({@link LetterQuota}), and the open and overdue letters each one holds
 * (a null writer: the unclaimed ones).
 */
@Service
@Transactional(readOnly = true)
public class LetterWriters {

    /** One writer's figures on a day. */
    public record Figures(UUID writerId, String writerName, long minutesToday, int goalMinutes, int daysAtGoal,
            boolean graduated, long open, long overdue) {
    }

    private final LetterDeskRepository desk;
    private final Letters letters;
    private final BusinessCalendar calendar;
    private final LetterNotices notices;

    LetterWriters(LetterDeskRepository desk, Letters letters, BusinessCalendar calendar, LetterNotices notices) {
        this.desk = desk;
        this.letters = letters;
        this.calendar = calendar;
        this.notices = notices;
    }

    /** Whether the letters board names the manager who hears about overdue postcards. */
    @PreAuthorize("isAuthenticated()")
    public boolean managerNamed() {
        return notices.manager() != null;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Figures> today() {
        LocalDate today = letters.today();
        Instant now = letters.now();
        Map<UUID, Map<LocalDate, Long>> seconds = desk.secondsByWriterAndDay(today.minusDays(130));
        Map<UUID, long[]> open = desk.openByWriter(now);
        Set<UUID> writers = new HashSet<>(seconds.keySet());
        writers.addAll(open.keySet());
        writers.remove(null);
        Map<UUID, String> names = desk.names(List.copyOf(writers));
        List<Figures> out = new ArrayList<>();
        for (UUID w : writers) {
            Map<LocalDate, Long> days = seconds.getOrDefault(w, Map.of());
            var streak = LetterQuota.streak(days, today, calendar);
            long[] o = open.getOrDefault(w, new long[2]);
            out.add(new Figures(w, names.getOrDefault(w, ""), days.getOrDefault(today, 0L) / 60,
                    (int) (LetterQuota.DAILY_GOAL_SECONDS / 60), streak.days(), streak.graduated(), o[0], o[1]));
        }
        out.sort(Comparator.comparing(Figures::writerName).thenComparing(Figures::writerId));
        long[] unclaimed = open.getOrDefault(null, new long[2]);
        out.add(new Figures(null, "", 0, 0, 0, false, unclaimed[0], unclaimed[1]));
        return out;
    }
}
