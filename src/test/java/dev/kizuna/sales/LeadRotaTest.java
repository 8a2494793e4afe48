package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.UserSummary;
import org.junit.jupiter.api.Test;

/** Who gets the next lead among a role's holders: round-robin or by weight, skipping low compliance; no Spring. */
class LeadRotaTest {

    static final UserSummary AOKI = rep("青木");
    static final UserSummary INOUE = rep("井上");
    static final UserSummary UENO = rep("上野");
    static final List<UserSummary> HOLDERS = List.of(AOKI, INOUE, UENO);

    static UserSummary rep(String name) {
        return new UserSummary(UUID.randomUUID(), name + "@example.jp", name, name, null, true, null, "");
    }

    @Test
    void roundRobinGivesTheNextRepAfterTheLastWrappingRound() {
        var rota = new LeadRota(HOLDERS, Map.of(), 60);
        assertThat(rota.roundRobin(null).chosen()).isEqualTo(AOKI.id());
        assertThat(rota.roundRobin(AOKI.id()).chosen()).isEqualTo(INOUE.id());
        assertThat(rota.roundRobin(UENO.id()).chosen()).isEqualTo(AOKI.id());
        assertThat(rota.roundRobin(AOKI.id()).reason()).isEqualTo("sales.assignment.roundRobin");
    }

    @Test
    void aRepUnderTheThresholdIsSkippedButOneWithNoScoreYetIsNot() {
        var rota = new LeadRota(HOLDERS, Map.of(INOUE.id(), 59, UENO.id(), 60), 60);
        var choice = rota.roundRobin(AOKI.id());
        assertThat(choice.chosen()).isEqualTo(UENO.id());
        assertThat(choice.looked()).extracting(Assignment.Candidate::reason)
                .containsExactly("sales.assignment.belowThreshold", "sales.assignment.chosenTurn",
                        "sales.assignment.notTheirTurn");
        assertThat(rota.eligible(AOKI.id())).isTrue();
    }

    @Test
    void nobodyGetsTheLeadWhenAllAreUnderTheThresholdOrTheRoleIsEmpty() {
        var low = new LeadRota(HOLDERS, Map.of(AOKI.id(), 10, INOUE.id(), 10, UENO.id(), 10), 60);
        assertThat(low.roundRobin(null).chosen()).isNull();
        assertThat(low.roundRobin(null).reason()).isEqualTo("sales.assignment.allBelowThreshold");
        assertThat(new LeadRota(List.of(), Map.of(), 60).weighted(u -> 1, Map.of()).reason())
                .isEqualTo("sales.assignment.nobodyInRole");
    }

    @Test
    void weightedPicksTheRepFurthestBelowTheirShareAndNeverOneWeightedZero() {
        var rota = new LeadRota(HOLDERS, Map.of(), 60);
        Map<UUID, Integer> weights = Map.of(AOKI.id(), 3, INOUE.id(), 1, UENO.id(), 0);
        // given so far: Aoki 2 of weight 3 → (2+1)/3 = 1.0; Inoue 0 of weight 1 → 1.0: the first in order wins a tie
        assertThat(rota.weighted(weights::get, Map.of(AOKI.id(), 2L)).chosen()).isEqualTo(AOKI.id());
        assertThat(rota.weighted(weights::get, Map.of(AOKI.id(), 3L)).chosen()).isEqualTo(INOUE.id());
        var choice = rota.weighted(weights::get, Map.of());
        assertThat(choice.looked().get(2).reason()).isEqualTo("sales.assignment.weightZero");
        assertThat(choice.looked().get(2).eligible()).isFalse();
    }
}
