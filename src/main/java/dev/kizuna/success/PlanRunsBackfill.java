package dev.kizuna.success;

import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans made before the checklist ran on the playbook engine have no run, so nothing woke them on an item's due day
 * (issue 17). A minute after a start, and every hour after, each such plan gets its run (PlanPlaybooks.startLate),
 * one plan per transaction: a plan whose run fails to start stays without one and is tried again next time, and a
 * second instance skips the plan the first holds (ShedLock keeps it out of the job, the row lock out of the plan).
 */
@Component
class PlanRunsBackfill {

    private static final Logger log = LoggerFactory.getLogger(PlanRunsBackfill.class);
    private static final int MOST_PER_PASS = 10_000;

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanPlaybooks playbooks;
    private final TransactionTemplate transaction;

    PlanRunsBackfill(PlanRepository plans, PlanItemRepository items, PlanPlaybooks playbooks,
            TransactionTemplate transaction) {
        this.plans = plans;
        this.items = items;
        this.playbooks = playbooks;
        this.transaction = transaction;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "success-plan-runs", lockAtMostFor = "PT50M")
    void run() {
        int started = SystemActor.call(this::startAll);
        if (started > 0) {
            log.info("{} success plans made before their checklist ran as a playbook now have a run", started);
        }
    }

    /** Starts a run for every plan without one; returns how many. */
    int startAll() {
        int started = 0;
        while (started < MOST_PER_PASS && startOne().isPresent()) {
            started++;
        }
        return started;
    }

    private Optional<UUID> startOne() {
        return transaction.execute(status -> {
            Optional<UUID> id = plans.lockOneWithoutRun();
            id.flatMap(plans::find).ifPresent(plan -> playbooks.startLate(plan, items.ofPlan(plan.id())));
            return id;
        });
    }
}
