package dev.kizuna.work;

import java.time.Clock;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 30 minutes, on one instance at a time: target lists due for a refresh are re-evaluated and, on a business
 * day, each list is fed once (the (list, day) row makes a second run that day, or a second instance, feed nobody).
 */
@Component
class TargetListJob {

    private final TargetLists lists;
    private final Clock clock;

    TargetListJob(TargetLists lists, Optional<Clock> clock) {
        this.lists = lists;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT30M")
    @SchedulerLock(name = "work-target-lists", lockAtMostFor = "PT29M")
    void run() {
        lists.runDay(java.time.LocalDate.now(clock.withZone(Tasks.ZONE)));
    }
}
