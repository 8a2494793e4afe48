package dev.kizuna.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A deal's move to a stage of its pipeline, and what it means: reaching a lost stage needs a lost reason and keeps
 * it with its note (any other stage clears them); the deal closes when it first reaches a won or a lost stage (moving
 * between two won stages keeps the day it was won; an open stage reopens it); a move to a later stage that is not a
 * loss counts as forward; reaching won from elsewhere wins the deal, reaching lost from elsewhere loses it.
 *
 * @param from the stage the deal is in ({@code null}: a new deal)
 * @param to the stage it goes to
 * @param status the deal's status now (its stage's kind when it was last moved)
 * @param closedAt when the deal closed, if it has
 * @param enteredAt when it reached {@code from}
 * @param at when it moves
 */
record StageMove(Stage from, Stage to, StageKind status, Instant closedAt, Instant enteredAt, Instant at) {

    /** {@code deal}, in {@code from}, moves to {@code to} at {@code at}. */
    static StageMove of(Deal deal, Stage from, Stage to, Instant at) {
        return new StageMove(from, to, deal.status(), deal.closedAt(), deal.stageEnteredAt(), at);
    }

    /** A new deal that starts in {@code stage} at {@code at}. */
    static StageMove created(Stage stage, Instant at) {
        return new StageMove(null, stage, StageKind.OPEN, null, at, at);
    }

    /**
     * When a deal from another system's history reached its stage: a won or lost one closed at {@code closedAt}
     * when that is in the past, everything else {@code now}.
     */
    static Instant enteredOnImport(Stage stage, Instant closedAt, Instant now) {
        return stage.kind() != StageKind.OPEN && closedAt != null && closedAt.isBefore(now) ? closedAt : now;
    }

    /**
     * The stage a deal in {@code from} moves on to by itself when its order reaches {@code milestone}: the first
     * active stage after it that is reached on that milestone, for a won deal only.
     */
    static Optional<Stage> reachedOn(Pipeline pipeline, Stage from, OrderMilestone milestone) {
        if (from.kind() != StageKind.WON) {
            return Optional.empty();
        }
        return pipeline.activeStages().stream()
                .filter(s -> s.reachedOn() == milestone && s.position() > from.position())
                .findFirst();
    }

    boolean lost() {
        return to.kind() == StageKind.LOST;
    }

    /** A move to a lost stage without a reason is refused. */
    boolean missesLostReason(UUID lostReasonId) {
        return lost() && lostReasonId == null;
    }

    /** Already in that stage (and not a loss being recorded again): nothing to record. */
    boolean staysPut() {
        return from != null && to.id().equals(from.id()) && !lost();
    }

    boolean forward() {
        return from != null && to.position() > from.position() && !lost();
    }

    /** How long the deal stayed in the stage it leaves. */
    long secondsInStage() {
        return Duration.between(enteredAt, at).toSeconds();
    }

    /** The lost reason the deal keeps: the one given when it is lost, none otherwise. */
    UUID lostReason(UUID given) {
        return lost() ? given : null;
    }

    String lostNote(String given) {
        return lost() ? given : "";
    }

    /** When the deal is closed after the move; null while it is open. */
    Instant closesAt() {
        if (to.kind() == StageKind.OPEN) {
            return null;
        }
        return status == to.kind() ? closedAt : at;
    }

    boolean wins() {
        return to.kind() == StageKind.WON && was() != StageKind.WON;
    }

    boolean loses() {
        return to.kind() == StageKind.LOST && was() != StageKind.LOST;
    }

    private StageKind was() {
        return from == null ? StageKind.OPEN : from.kind();
    }
}
