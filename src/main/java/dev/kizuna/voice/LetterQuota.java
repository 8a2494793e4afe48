package dev.kizuna.voice;

import java.time.LocalDate;
import java.util.Map;

import dev.kizuna.platform.calendar.BusinessCalendar;

/**
 * Seed 002's goal for each writer, free of Spring: one hour a day on the three outputs; days in a row at goal
 * (business days; weekends and holidays neither count nor break a streak; today counts once reached and does not
 * break the streak while still under way); graduation (卒業) once the goal has held for three months.
 */
final class LetterQuota {

    static final long DAILY_GOAL_SECONDS = 60 * 60;
    static final int GRADUATION_MONTHS = 3;

    /** A writer's streak: how many business days in a row at goal, since when (null when none). */
    record Streak(int days, LocalDate since, boolean graduated) {
    }

    private LetterQuota() {
    }

    static Streak streak(Map<LocalDate, Long> secondsByDay, LocalDate today, BusinessCalendar calendar) {
        LocalDate day = calendar.isBusinessDay(today) ? today : calendar.previousBusinessDay(today);
        if (!atGoal(secondsByDay, day) && day.equals(today)) {
            day = calendar.previousBusinessDay(day);
        }
        int days = 0;
        LocalDate since = null;
        while (atGoal(secondsByDay, day)) {
            days++;
            since = day;
            day = calendar.previousBusinessDay(day);
        }
        boolean graduated = since != null && !since.isAfter(today.minusMonths(GRADUATION_MONTHS));
        return new Streak(days, since, graduated);
    }

    static boolean atGoal(Map<LocalDate, Long> secondsByDay, LocalDate day) {
        return secondsByDay.getOrDefault(day, 0L) >= DAILY_GOAL_SECONDS;
    }
}
