package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Seed 001's phases counted from go-live, as plain rules: no Spring, no database. */
class LifecycleTest {

    static final List<PhaseSpan> SEED_001 = List.of(new PhaseSpan(0, "preparation", "準備期", -3, 0),
            new PhaseSpan(1, "onboarding", "導入期", 0, 2), new PhaseSpan(2, "adoption", "活用期", 2, null));

    private final Lifecycle plan = new Lifecycle(LocalDate.of(2027, 3, 15), SEED_001);

    @Test
    void preparationStartsThreeMonthsBeforeGoLiveAndEndsTheDayBefore() {
        assertThat(plan.phaseOn(LocalDate.of(2026, 12, 14))).isEmpty();
        assertThat(plan.phaseOn(LocalDate.of(2026, 12, 15))).map(PhaseSpan::key).contains("preparation");
        assertThat(plan.phaseOn(LocalDate.of(2027, 3, 14))).map(PhaseSpan::key).contains("preparation");
    }

    @Test
    void onboardingIsMonthsOneAndTwoAndAdoptionRunsOnFromMonthThree() {
        assertThat(plan.phaseOn(LocalDate.of(2027, 3, 15))).map(PhaseSpan::key).contains("onboarding");
        assertThat(plan.phaseOn(LocalDate.of(2027, 5, 14))).map(PhaseSpan::key).contains("onboarding");
        assertThat(plan.phaseOn(LocalDate.of(2027, 5, 15))).map(PhaseSpan::key).contains("adoption");
        assertThat(plan.phaseOn(LocalDate.of(2030, 1, 1))).map(PhaseSpan::key).contains("adoption");
    }

    @Test
    void phaseDatesFollowTheGoLiveDate() {
        PhaseSpan onboarding = SEED_001.get(1);
        assertThat(onboarding.startsOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(onboarding.endsOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(SEED_001.get(2).endsOn(LocalDate.of(2027, 1, 31))).isNull();
    }

    @Test
    void daysAreNegativeBeforeGoLive() {
        assertThat(plan.daysFromGoLive(LocalDate.of(2027, 3, 8))).isEqualTo(-7);
        assertThat(plan.daysFromGoLive(LocalDate.of(2027, 3, 22))).isEqualTo(7);
    }

    @Test
    void phasesMustFollowOneAnotherWithOnlyTheLastOpenEnded() {
        assertThat(Lifecycle.problems(SEED_001)).isEmpty();
        assertThat(Lifecycle.problems(List.of(new PhaseSpan(0, null, "a", -3, 0), new PhaseSpan(1, null, "b", 1, null))))
                .containsExactly("phases[1].startMonths");
        assertThat(Lifecycle.problems(List.of(new PhaseSpan(0, null, "a", -3, null), new PhaseSpan(1, null, "b", 0, 2))))
                .containsExactly("phases[0].endMonths");
        assertThat(Lifecycle.problems(List.of(new PhaseSpan(0, null, "a", 2, 2)))).containsExactly("phases[0].endMonths");
    }
}
