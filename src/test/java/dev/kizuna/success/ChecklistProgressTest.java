package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A checklist's completion and overdue count on a day. */
class ChecklistProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private static PlanItem item(LocalDate due, boolean done) {
        return new PlanItem(UUID.randomUUID(), UUID.randomUUID(), 0, 0, "x", null, "us", null, null, 0, due,
                done ? Instant.EPOCH : null, null, null, "", 0);
    }

    @Test
    void countsDoneAndOverdueButNotItemsDueToday() {
        ChecklistProgress p = ChecklistProgress.of(List.of(item(TODAY.minusDays(1), false), item(TODAY, false),
                item(TODAY.minusDays(5), true), item(TODAY.plusDays(3), false)), TODAY);
        assertThat(p.done()).isEqualTo(1);
        assertThat(p.total()).isEqualTo(4);
        assertThat(p.overdue()).isEqualTo(1);
        assertThat(p.percent()).isEqualTo(25);
    }

    @Test
    void anEmptyChecklistIsNoPercentDone() {
        assertThat(ChecklistProgress.of(List.of(), TODAY).percent()).isZero();
        assertThat(new ChecklistProgress(2, 3, 0).percent()).isEqualTo(66);
    }
}
