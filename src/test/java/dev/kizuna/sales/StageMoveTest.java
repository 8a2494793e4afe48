package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a deal's move to another stage means: close date, lost reason, direction, win or loss; no Spring. */
class StageMoveTest {

    static final Instant ENTERED = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-12-03T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");
    static final UUID REASON = UUID.randomUUID();

    static final Stage APPOINTMENT = stage(1, StageKind.OPEN, null);
    static final Stage PROPOSAL = stage(2, StageKind.OPEN, null);
    static final Stage WON = stage(3, StageKind.WON, null);
    static final Stage PAID = stage(4, StageKind.WON, OrderMilestone.PAYMENT);
    static final Stage LOST = stage(5, StageKind.LOST, null);

    static Stage stage(int position, StageKind kind, OrderMilestone reachedOn) {
        return new Stage(UUID.randomUUID(), null, "s" + position, "", position, kind, 50, null, reachedOn,
                position >= 4, false, 0);
    }

    static StageMove move(Stage from, Stage to, Instant closedAt) {
        return new StageMove(from, to, from.kind(), closedAt, ENTERED, NOW);
    }

    @Test
    void aLostStageNeedsAReasonAndKeepsItWithItsNoteAnyOtherClearsThem() {
        assertThat(move(PROPOSAL, LOST, null).missesLostReason(null)).isTrue();
        assertThat(move(PROPOSAL, LOST, null).missesLostReason(REASON)).isFalse();
        assertThat(move(PROPOSAL, LOST, null).lostReason(REASON)).isEqualTo(REASON);
        assertThat(move(LOST, PROPOSAL, CLOSED).lostReason(REASON)).isNull();
        assertThat(move(LOST, PROPOSAL, CLOSED).lostNote("予算なし")).isEmpty();
        assertThat(move(APPOINTMENT, PROPOSAL, null).missesLostReason(null)).isFalse();
    }

    @Test
    void aDealClosesWhenItFirstWinsOrLosesKeepsThatDayBetweenWonStagesAndReopens() {
        assertThat(move(PROPOSAL, WON, null).closesAt()).isEqualTo(NOW);
        assertThat(move(WON, PAID, CLOSED).closesAt()).isEqualTo(CLOSED);
        assertThat(move(WON, LOST, CLOSED).closesAt()).isEqualTo(NOW);
        assertThat(move(LOST, PROPOSAL, CLOSED).closesAt()).isNull();
    }

    @Test
    void forwardIsALaterStageThatIsNotALossAndTheSameStageStaysPut() {
        assertThat(move(APPOINTMENT, PROPOSAL, null).forward()).isTrue();
        assertThat(move(PROPOSAL, APPOINTMENT, null).forward()).isFalse();
        assertThat(move(PROPOSAL, LOST, null).forward()).isFalse();
        assertThat(move(PROPOSAL, PROPOSAL, null).staysPut()).isTrue();
        assertThat(move(LOST, LOST, CLOSED).staysPut()).isFalse(); // a loss recorded again, with its new reason
        assertThat(move(APPOINTMENT, PROPOSAL, null).secondsInStage()).isEqualTo(6 * 24 * 3600);
    }

    @Test
    void reachingWonOrLostFromElsewhereWinsOrLosesTheDealOnce() {
        assertThat(move(PROPOSAL, WON, null).wins()).isTrue();
        assertThat(move(WON, PAID, CLOSED).wins()).isFalse();
        assertThat(move(PROPOSAL, LOST, null).loses()).isTrue();
        assertThat(move(LOST, LOST, CLOSED).loses()).isFalse();
        assertThat(StageMove.created(WON, NOW).wins()).isTrue();
        assertThat(StageMove.created(PROPOSAL, NOW).closesAt()).isNull();
    }

    @Test
    void aDealFromHistoryEntersItsClosedStageWhenItClosedIfThatIsPast() {
        assertThat(StageMove.enteredOnImport(WON, CLOSED, NOW)).isEqualTo(CLOSED);
        assertThat(StageMove.enteredOnImport(WON, NOW.plusSeconds(60), NOW)).isEqualTo(NOW);
        assertThat(StageMove.enteredOnImport(PROPOSAL, CLOSED, NOW)).isEqualTo(NOW);
        assertThat(StageMove.enteredOnImport(LOST, null, NOW)).isEqualTo(NOW);
    }

    @Test
    void aWonDealMovesOnByItselfToTheLaterStageReachedOnItsOrdersMilestone() {
        Pipeline pipeline = new Pipeline(UUID.randomUUID(), "新規", "", 1, false, 0,
                List.of(APPOINTMENT, PROPOSAL, WON, PAID, LOST));
        assertThat(StageMove.reachedOn(pipeline, WON, OrderMilestone.PAYMENT)).contains(PAID);
        assertThat(StageMove.reachedOn(pipeline, WON, OrderMilestone.DELIVERY)).isEmpty();
        assertThat(StageMove.reachedOn(pipeline, PROPOSAL, OrderMilestone.PAYMENT)).isEmpty();
        assertThat(StageMove.reachedOn(pipeline, PAID, OrderMilestone.PAYMENT)).isEmpty();
    }
}
