package dev.kizuna.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shortly after midnight (Tokyo), takes the compliance snapshot of the day that just ended, so the morning daily
 * report and last month's ranking read it instead of probing every customer. One instance does it (ShedLock).
 */
@Component
class ComplianceSnapshotJob {

    private final Compliance compliance;
    private final Clock clock;

    ComplianceSnapshotJob(Compliance compliance, Optional<Clock> clock) {
        this.compliance = compliance;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "compliance-snapshot", lockAtMostFor = "PT30M")
    void takeYesterdays() {
        LocalDate yesterday = LocalDate.now(clock.withZone(ActivityStats.BUSINESS_ZONE)).minusDays(1);
        SystemActor.run(() -> compliance.ranking(new CompliancePeriod(yesterday, yesterday)));
    }
}
