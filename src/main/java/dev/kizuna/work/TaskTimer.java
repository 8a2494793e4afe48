package dev.kizuna.work;

import java.time.Instant;

/**
 * A task's work timer (timed work, seed 002): the target in minutes (from its playbook step, or none), when the
 * running timer started (null when stopped) and the seconds recorded so far; {@code workedSecondsAt} adds the
 * running part.
 */
public record TaskTimer(Integer targetMinutes, Instant startedAt, int workedSeconds, long version) {

    public boolean running() {
        return startedAt != null;
    }

    public long workedSecondsAt(Instant now) {
        return workedSeconds + (startedAt == null ? 0 : Math.max(0, now.getEpochSecond() - startedAt.getEpochSecond()));
    }

    /** Minutes worked, to the nearest minute. */
    public long workedMinutesAt(Instant now) {
        return (workedSecondsAt(now) + 30) / 60;
    }

    public boolean over(Instant now) {
        return targetMinutes != null && workedSecondsAt(now) > targetMinutes * 60L;
    }
}
