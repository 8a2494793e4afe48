package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which leads a rule takes: its pipeline, the way the lead came in and its source, each "any" when left empty. */
class RoutingRuleTest {

    static final UUID UPSELL = UUID.randomUUID();

    @Test
    void anEmptyConditionMatchesAnything() {
        RoutingRule any = rule(null, null, null);
        assertThat(any.matches(null, "manual", "")).isTrue();
        assertThat(any.matches(UPSELL, "web_form", "展示会")).isTrue();
    }

    @Test
    void everyGivenConditionMustHold() {
        RoutingRule rule = rule(UPSELL, "web_form", "展示会");
        assertThat(rule.matches(UPSELL, "web_form", " 展示会 ")).isTrue();
        assertThat(rule.matches(UPSELL, "api", "展示会")).isFalse();
        assertThat(rule.matches(null, "web_form", "展示会")).isFalse();
        assertThat(rule.matches(UPSELL, "web_form", "紹介")).isFalse();
    }

    @Test
    void aHolderNotListedWeighsOne() {
        UUID heavy = UUID.randomUUID();
        RoutingRule rule = new RoutingRule(UUID.randomUUID(), 1, "展示会", null, null, null, "weighted",
                UUID.randomUUID(), 60, Map.of(heavy, 3), 0);
        assertThat(rule.weightOf(heavy)).isEqualTo(3);
        assertThat(rule.weightOf(UUID.randomUUID())).isEqualTo(1);
    }

    private static RoutingRule rule(UUID pipeline, String channel, String source) {
        return new RoutingRule(UUID.randomUUID(), 1, "規則", pipeline, channel, source, "round_robin",
                UUID.randomUUID(), 60, Map.of(), 0);
    }
}
