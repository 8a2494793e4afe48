package dev.kizuna.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

class StartupStepsTest {

    @Test
    void aStepIsChargedOnlyItsOwnTimeNotTheTimeOfTheStepsNestedInIt() throws InterruptedException {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        startup.startRecording();
        StartupStep outer = startup.start("spring.beans.instantiate").tag("beanName", "customers");
        StartupStep inner = startup.start("spring.beans.instantiate").tag("beanName", "postalCodes");
        Thread.sleep(300);
        inner.end();
        Thread.sleep(30);
        outer.end();

        var events = startup.getBufferedTimeline().getEvents();
        String report = StartupSteps.report(events, 1);

        assertThat(report.lines().findFirst().orElseThrow()).as("the slowest by own time: the nested step")
                .contains("beanName=postalCodes");
        assertThat(report).doesNotContain("beanName=customers").contains("by kind:");
        long outerMillis = events.stream().filter(e -> e.getStartupStep().getParentId() == null).findFirst()
                .orElseThrow().getDuration().toMillis();
        long kindMillis = Long.parseLong(report.lines().dropWhile(line -> !line.equals("by kind:")).skip(1).findFirst()
                .orElseThrow().trim().split(" ")[0]);
        assertThat(kindMillis).as("the kind's total counts the nested step once, not inside its parent again")
                .isBetween(outerMillis - 1, outerMillis + 1);
    }
}
