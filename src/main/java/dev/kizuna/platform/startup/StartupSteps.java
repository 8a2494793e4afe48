package dev.kizuna.platform.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * What a start spends its time on, for whoever makes it faster (issue 25, docs/operations.md): with
 * {@code -Dkizuna.startup-steps=20} Spring records its start-up steps (bean creations, configuration-class parsing,
 * the refresh) and, once Kizuna is ready, the log lists the slowest of them by their own time — without the steps
 * nested in them, so a bean is not charged for the beans it made — and the total of each kind of step.
 */
public final class StartupSteps {

    public static final String PROPERTY = "kizuna.startup-steps";
    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private StartupSteps() {
    }

    /** Records the steps of {@code application}'s start when {@value #PROPERTY} names how many to list. */
    public static void recordIfAsked(SpringApplication application) {
        int shown = Integer.getInteger(PROPERTY, 0);
        if (shown <= 0) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                log.info("Start-up steps by their own time:\n{}", report(startup.getBufferedTimeline().getEvents(), shown));
            }
        });
    }

    static String report(List<TimelineEvent> events, int shown) {
        Map<Long, Duration> nested = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                nested.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        record Own(TimelineEvent event, Duration own) {
        }
        List<Own> owns = new ArrayList<>();
        Map<String, Duration> byKind = new HashMap<>();
        for (TimelineEvent event : events) {
            Duration own = event.getDuration().minus(nested.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
            owns.add(new Own(event, own));
            byKind.merge(event.getStartupStep().getName(), own, Duration::plus);
        }
        StringBuilder out = new StringBuilder();
        owns.stream().sorted(Comparator.comparing(Own::own).reversed()).limit(shown).forEach(o -> out
                .append(String.format("%8d ms  %s%s%n", o.own().toMillis(), o.event().getStartupStep().getName(),
                        tags(o.event().getStartupStep()))));
        out.append("by kind:\n");
        byKind.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("%8d ms  %s%n", e.getValue().toMillis(), e.getKey())));
        return out.toString();
    }

    private static String tags(StartupStep step) {
        StringBuilder out = new StringBuilder();
        step.getTags().forEach(tag -> out.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
        return out.toString();
    }
}
