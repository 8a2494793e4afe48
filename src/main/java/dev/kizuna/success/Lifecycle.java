package dev.kizuna.success;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Where a plan stands on a day: its current phase and the days to (negative) or since go-live. Pure rules. */
public record Lifecycle(LocalDate goLive, List<PhaseSpan> phases) {

    public Lifecycle {
        phases = List.copyOf(phases);
    }

    /** The phase the day falls in; empty before the first phase starts (or in a gap an administrator left). */
    public Optional<PhaseSpan> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> p.contains(goLive, day)).findFirst();
    }

    /** Days from go-live to the day: -30 a month before, 0 on the day, 7 a week after. */
    public long daysFromGoLive(LocalDate day) {
        return ChronoUnit.DAYS.between(goLive, day);
    }

    /** Checks a template's phases: in order, each starting where the last ended, none empty. */
    static List<String> problems(List<PhaseSpan> phases) {
        for (int i = 0; i < phases.size(); i++) {
            PhaseSpan p = phases.get(i);
            if (p.endMonths() != null && p.endMonths() <= p.startMonths()) {
                return List.of("phases[" + i + "].endMonths");
            }
            if (p.endMonths() == null && i < phases.size() - 1) {
                return List.of("phases[" + i + "].endMonths");
            }
            if (i > 0 && !Integer.valueOf(p.startMonths()).equals(phases.get(i - 1).endMonths())) {
                return List.of("phases[" + i + "].startMonths");
            }
        }
        return List.of();
    }
}
