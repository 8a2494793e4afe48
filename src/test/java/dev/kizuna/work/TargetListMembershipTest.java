package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Who joins, leaves and moves when a target list is re-evaluated, and when it is next due; no Spring. */
class TargetListMembershipTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();

    @Test
    void waitingNonMatchesLeaveButFedOnesStay() {
        var m = new TargetListMembership(Map.of(A, false, B, true), List.of(C), false);
        assertThat(m.leaving()).containsExactly(A);
    }

    @Test
    void byHandNewMatchesJoinAtTheEndAndNobodyMoves() {
        var m = new TargetListMembership(Map.of(B, false), List.of(A, B, C), false);
        assertThat(m.joining(7)).containsExactly(Map.entry(A, 8), Map.entry(C, 9));
        assertThat(m.reordering()).isEmpty();
    }

    @Test
    void byFieldNewMatchesTakeTheirPlaceAndWaitingOnesMoveButFedOnesDoNot() {
        var m = new TargetListMembership(Map.of(B, false, C, true), List.of(A, B, C), true);
        assertThat(m.joining(7)).containsExactly(Map.entry(A, 0));
        assertThat(m.reordering()).containsExactly(Map.entry(B, 1));
    }

    @Test
    void aListIsDueAgainAfterAWeekAMonthOrNever() {
        LocalDate day = LocalDate.of(2026, 1, 31);
        assertThat(TargetList.nextRefresh("weekly", day)).isEqualTo(LocalDate.of(2026, 2, 7));
        assertThat(TargetList.nextRefresh("monthly", day)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(TargetList.nextRefresh("never", day)).isNull();
    }
}
