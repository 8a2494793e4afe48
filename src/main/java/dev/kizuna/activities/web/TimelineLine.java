package dev.kizuna.activities.web;

import java.util.ArrayList;
import java.util.List;

import dev.kizuna.activities.TimelineEntry;

/**
 * A line of the timeline as shown: an entry, and the system entries after it that belong to the same playbook run
 * (a two-step playbook writes a dozen: started, task made, waited, e-mailed …), folded under it so that they do
 * not push the real calls down the page.
 */
record TimelineLine(TimelineEntry entry, List<TimelineEntry> folded) {

    static final String PLAYBOOK = "playbook";

    static List<TimelineLine> group(List<TimelineEntry> entries) {
        var lines = new ArrayList<TimelineLine>();
        for (TimelineEntry e : entries) {
            TimelineLine last = lines.isEmpty() ? null : lines.getLast();
            if (last != null && PLAYBOOK.equals(e.kind()) && PLAYBOOK.equals(last.entry().kind())
                    && e.href() != null && e.href().equals(last.entry().href())) {
                last.folded().add(e);
            } else {
                lines.add(new TimelineLine(e, new ArrayList<>()));
            }
        }
        return lines;
    }
}
