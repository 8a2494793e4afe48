package dev.kizuna.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.ActivityCount;
import dev.kizuna.activities.ComplianceLine;

/** Folds activity counts into a rep's lines, and reps into a total. */
final class RepTally {

    private RepTally() {
    }

    static RepReport of(UUID id, String name, List<ActivityCount> counts, long added, long overdue,
            ComplianceLine compliance) {
        Map<String, Tally> channels = new LinkedHashMap<>();
        Map<String, Tally> types = new LinkedHashMap<>();
        long total = 0;
        for (ActivityCount c : counts) {
            channels.merge(c.channel(), new Tally(c.channel(), c.channelEn(), c.count()), RepTally::sum);
            types.merge(c.type(), new Tally(c.type(), c.typeEn(), c.count()), RepTally::sum);
            total += c.count();
        }
        return new RepReport(id, name, total, List.copyOf(channels.values()), List.copyOf(types.values()), added,
                overdue, compliance);
    }

    static RepReport total(List<RepReport> reps) {
        Map<String, Tally> channels = new LinkedHashMap<>();
        Map<String, Tally> types = new LinkedHashMap<>();
        long total = 0;
        long added = 0;
        long overdue = 0;
        for (RepReport r : reps) {
            r.byChannel().forEach(t -> channels.merge(t.name(), t, RepTally::sum));
            r.byType().forEach(t -> types.merge(t.name(), t, RepTally::sum));
            total += r.activities();
            added += r.newCustomers();
            overdue += r.overdueFollowUps();
        }
        return new RepReport(null, null, total, List.copyOf(channels.values()), List.copyOf(types.values()), added,
                overdue, null);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.name(), a.nameEn(), a.count() + b.count());
    }
}
