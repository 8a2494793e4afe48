package dev.kizuna.marketing;

import java.time.LocalDate;

import dev.kizuna.platform.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What starts a step sequence: a first purchase and reaching F2 (from {@link FrequencyStageReached}, on the order's
 * date), a subscription's start (on the day it started), and, checked every day, a birthday month (once a year) and
 * no order for N days (once per gap, caught up within a week).
 */
@Component
class SequenceTriggers {

    private static final int BATCH = 1000;

    private final StepSequences stepSequences;
    private final SequenceRepository sequences;
    private final Subscriptions clock;

    SequenceTriggers(StepSequences stepSequences, SequenceRepository sequences, Subscriptions clock) {
        this.stepSequences = stepSequences;
        this.sequences = sequences;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FrequencyStageReached reached) {
        SystemActor.run(() -> {
            if (reached.fromStage() == 0) {
                stepSequences.start("first_purchase", reached.companyId(), reached.on());
            }
            if (reached.fromStage() < 2 && reached.toStage() >= 2) {
                stepSequences.start("f2_reached", reached.companyId(), reached.on());
            }
        });
    }

    @ApplicationModuleListener
    void on(SubscriptionStarted started) {
        SystemActor.run(() -> stepSequences.start("subscription_start", started.companyId(), clock.today()));
    }

    /** Birthday months and gaps without an order, as of {@code today}; returns how many customers started. */
    int daily(LocalDate today) {
        int started = 0;
        for (StepSequence q : sequences.activeFor("birthday_month")) {
            for (var id : sequences.birthdayCandidates(q.id(), today.getMonthValue(), today.withDayOfMonth(1), BATCH)) {
                started += stepSequences.startOne(q, id, today) ? 1 : 0;
            }
        }
        for (StepSequence q : sequences.activeFor("no_order")) {
            LocalDate cutoff = today.minusDays(q.triggerDays());
            for (var id : sequences.noOrderCandidates(q.id(), cutoff.minusDays(6), cutoff, BATCH)) {
                started += stepSequences.startOne(q, id, today) ? 1 : 0;
            }
        }
        return started;
    }
}
