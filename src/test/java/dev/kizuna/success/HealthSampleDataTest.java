package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample model passes every rule a model must keep, so loading the sample data publishes it (it is not
 * published here: a model for every B2B customer would score the other tests' customers in this shared context).
 */
@KizunaTest
class HealthSampleDataTest {

    @Autowired
    HealthSampleData sample;
    @Autowired
    HealthMeasures measures;

    @Test
    void theSampleModelIsValidAndRoutesNothing() {
        HealthDefinition d = SystemActor.call(sample::definition);
        Check check = Check.of();
        SystemActor.run(() -> HealthModelRules.verify("標準ヘルススコア（B2B）", d, measures.byKey(), check));
        assertThat(check.hasProblems()).isFalse();
        assertThat(d.components().stream().mapToInt(HealthComponent::weightOrZero).sum()).isEqualTo(100);
        assertThat(d.routeDanger()).isFalse();
        assertThat(d.routeExpansion()).isFalse();
        assertThat(d.segment().kind()).isEqualTo("company");
    }
}
