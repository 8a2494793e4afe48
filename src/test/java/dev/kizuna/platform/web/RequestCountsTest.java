package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestCountsTest {

    private static final long MINUTE = 60_000;
    private final PublicPath survey = new PublicPath("/s/", 3);

    @Test
    void aClientGetsItsLimitInAMinuteAndAgainInTheNext() {
        RequestCounts counts = new RequestCounts(100);
        long t = 10 * MINUTE + 5_000;
        assertThat(counts.admit(survey, "198.51.100.1", t)).isTrue();
        assertThat(counts.admit(survey, "198.51.100.1", t + 1)).isTrue();
        assertThat(counts.admit(survey, "198.51.100.1", t + 2)).isTrue();
        assertThat(counts.admit(survey, "198.51.100.1", t + 3)).isFalse();
        assertThat(counts.admit(survey, "198.51.100.2", t + 4)).as("another client").isTrue();
        assertThat(counts.admit(new PublicPath("/u/", 3), "198.51.100.1", t + 5)).as("another path").isTrue();
        assertThat(counts.admit(survey, "198.51.100.1", 11 * MINUTE)).as("the next minute").isTrue();
    }

    @Test
    void manyAddressesShareOneCountOnceTheBoundIsReached() {
        RequestCounts counts = new RequestCounts(10);
        for (int i = 0; i < 10; i++) {
            assertThat(counts.admit(survey, "203.0.113." + i, 0)).isTrue();
        }
        assertThat(counts.admit(survey, "192.0.2.1", 0)).isTrue();
        assertThat(counts.admit(survey, "192.0.2.2", 0)).isTrue();
        assertThat(counts.admit(survey, "192.0.2.3", 0)).isTrue();
        assertThat(counts.admit(survey, "192.0.2.4", 0)).as("the fourth newcomer exceeds the shared count").isFalse();
        assertThat(counts.clients()).isEqualTo(11);
    }

    @Test
    void retryAfterIsTheRestOfTheMinute() {
        assertThat(RequestCounts.secondsLeft(15_000)).isEqualTo(45);
        assertThat(RequestCounts.secondsLeft(59_999)).isEqualTo(1);
    }

    @Test
    void aPathCoversItselfAndWhatIsBelowIt() {
        assertThat(survey.covers("/s/abc")).isTrue();
        assertThat(survey.covers("/s")).isTrue();
        assertThat(survey.covers("/settings")).isFalse();
        PublicPath inquiry = new PublicPath("/inquiry", 30);
        assertThat(inquiry.covers("/inquiry")).isTrue();
        assertThat(inquiry.covers("/inquiry/thanks")).isTrue();
        assertThat(inquiry.covers("/inquiryx")).isFalse();
        assertThatThrownBy(() -> new PublicPath("/s/**", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicPath("/s/", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
