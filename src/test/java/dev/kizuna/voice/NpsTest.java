package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** NPS by hand: % promoters (9–10) less % detractors (0–6), rounded half away from zero. */
class NpsTest {

    private static Nps of(int... scores) {
        long[] counts = new long[11];
        for (int s : scores) {
            counts[s]++;
        }
        return Nps.of(counts);
    }

    @Test
    void promotersLessDetractorsOverEveryoneWhoAnswered() {
        // 10, 10, 9 promoters; 8 passive; 3 detractor: (3 − 1) / 5 = 40
        assertThat(of(10, 10, 9, 8, 3).score()).isEqualTo(40);
        // 7 and 8 are passives: they count in the total only. (1 − 2) / 4 = −25
        assertThat(of(9, 7, 6, 0).score()).isEqualTo(-25);
        // two of three detractors: (0 − 2) / 3 = −66.7 → −67
        assertThat(of(5, 6, 8).score()).isEqualTo(-67);
        // one in eight: 12.5 → 13 (half away from zero), and −12.5 → −13
        assertThat(of(10, 7, 7, 7, 7, 7, 7, 7).score()).isEqualTo(13);
        assertThat(of(6, 7, 7, 7, 7, 7, 7, 7).score()).isEqualTo(-13);
        assertThat(of(10, 10).score()).isEqualTo(100);
        assertThat(of(0).score()).isEqualTo(-100);
    }

    @Test
    void nobodyAnsweredHasNoScore() {
        assertThat(of().score()).isNull();
        assertThat(of(9, 3).detractors()).isEqualTo(1);
        assertThat(Nps.detractor(6)).isTrue();
        assertThat(Nps.detractor(7)).isFalse();
        assertThatThrownBy(() -> Nps.of(new long[10])).isInstanceOf(IllegalArgumentException.class);
    }
}
