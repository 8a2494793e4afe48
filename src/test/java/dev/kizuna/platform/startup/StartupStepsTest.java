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

        String report = StartupSteps.report(startup.getBufferedTimeline().getEvents(), 1);

        assertThat(report.lines().findFirst().orElseThrow()).as("the slowest by own time: the nested step")
                .contains("beanName=postalCodes");
        assertThat(report).doesNotContain("beanName=customers").contains("by kind:")
                .containsPattern("\\s3\\d\\d ms  spring.beans.instantiate");
    }
}
