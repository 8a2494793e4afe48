package dev.kizuna.success;

import java.time.LocalDate;
import java.util.Collection;

/** How far a checklist has come on a day: items done, all items, open items past their due day. Pure. */
public record ChecklistProgress(int done, int total, int overdue) {

    public static ChecklistProgress of(Collection<PlanItem> items, LocalDate today) {
        int done = (int) items.stream().filter(PlanItem::done).count();
        int overdue = (int) items.stream().filter(i -> i.overdueOn(today)).count();
        return new ChecklistProgress(done, items.size(), overdue);
    }

    /** Whole percent done, rounded down; 0 for an empty checklist. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }
}
