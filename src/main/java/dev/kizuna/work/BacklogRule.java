package dev.kizuna.work;

import java.time.Instant;
import java.time.LocalDate;

import dev.kizuna.platform.calendar.BusinessCalendar;

/**
 * The backlog rule of a board ("never let work pile up for two days", seed 002): an open task created before the
 * start of the day {@code backlogDays} business days ago is backlog. Created on a Monday with 2, it is backlog from
 * Thursday; weekends and Japanese holidays do not count.
 */
record BacklogRule(int backlogDays) {

    /** Open tasks created before this instant are backlog as of {@code today} (what the backlog queries compare). */
    Instant cutoff(LocalDate today, BusinessCalendar calendar) {
        return calendar.addBusinessDays(today, -backlogDays).atStartOfDay(Tasks.ZONE).toInstant();
    }
}
