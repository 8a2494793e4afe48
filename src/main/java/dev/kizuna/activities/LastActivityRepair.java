package dev.kizuna.activities;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: customers' last activity catches up with the activities of the last day. It is written just after an
 * activity commits (customers' {@code LastActivityWriter}); this covers a stop between those two commits.
 */
@Component
class LastActivityRepair implements ApplicationRunner {

    private final ActivityRollups rollups;

    LastActivityRepair(ActivityRollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        rollups.repairLastActivity(Instant.now().minus(Duration.ofDays(1)));
    }
}
