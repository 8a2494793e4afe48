package dev.kizuna.success;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily health snapshot: every hour (so a day missed while no instance ran is made up as soon as one does), the
 * customers not yet scored today are scored, once each (ShedLock keeps a second instance out; the snapshot's key
 * keeps a customer's day to one row even without it). Publishing a model scores everyone again at once.
 */
@Component
class HealthSnapshotJob {

    private final HealthScores scores;

    HealthSnapshotJob(HealthScores scores) {
        this.scores = scores;
    }

    @Scheduled(initialDelayString = "${kizuna.health.snapshot-initial-delay:PT3M}", fixedDelayString = "PT1H")
    @SchedulerLock(name = "success-health-snapshot", lockAtMostFor = "PT50M")
    void run() {
        SystemActor.run(() -> scores.snapshotDay(scores.today()));
    }

    @ApplicationModuleListener
    void on(HealthModelPublished published) {
        SystemActor.run(() -> scores.rescoreAll(scores.today()));
    }
}
