package dev.kizuna.work;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every 15 minutes, on one instance at a time: boards' managers hear about work that started to pile up. */
@Component
class BacklogJob {

    private final Backlog backlog;

    BacklogJob(Backlog backlog) {
        this.backlog = backlog;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT15M")
    @SchedulerLock(name = "work-backlog", lockAtMostFor = "PT14M")
    void run() {
        SystemActor.run(backlog::alertNewBacklog);
    }
}
