package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.UserSummary;
import org.junit.jupiter.api.Test;

/** "@中野" reached nobody in the issue-24 sweep: people write a colleague's surname, or its reading, not the full name. */
class MentionsTest {

    private static final UserSummary NAKANO = user("中野 由美", "ナカノ ユミ", "nakano@example.jp");
    private static final UserSummary KAWAMURA = user("川村 彩", "カワムラ アヤ", "kawamura@example.jp");
    private static final UserSummary KAWAMURA_KO = user("川村 彩子", "カワムラ アヤコ", "ayako@example.jp");

    private static UserSummary user(String name, String kana, String email) {
        return new UserSummary(UUID.randomUUID(), email, name, kana, null, true, null, "");
    }

    @Test
    void aSurnameOnlyOnePersonHasReachesThem() {
        assertThat(Mentions.find("@中野 見積の件お願いします", List.of(NAKANO, KAWAMURA))).containsExactly(NAKANO.id());
        assertThat(Mentions.find("@中野さん 確認お願いします", List.of(NAKANO, KAWAMURA))).containsExactly(NAKANO.id());
    }

    @Test
    void theFuriganaInKatakanaOrHiraganaReachesThem() {
        assertThat(Mentions.find("@ナカノ 確認を", List.of(NAKANO, KAWAMURA))).containsExactly(NAKANO.id());
        assertThat(Mentions.find("@なかのゆみ 確認を", List.of(NAKANO, KAWAMURA))).containsExactly(NAKANO.id());
    }

    @Test
    void aSurnameTwoPeopleShareReachesNeitherButTheFullNameStillDoes() {
        assertThat(Mentions.find("@川村 どちらでも", List.of(KAWAMURA, KAWAMURA_KO))).isEmpty();
        assertThat(Mentions.find("@川村彩 お願いします", List.of(KAWAMURA, KAWAMURA_KO))).containsExactly(KAWAMURA.id());
        assertThat(Mentions.find("＠kawamura@example.jp", List.of(KAWAMURA, KAWAMURA_KO))).containsExactly(KAWAMURA.id());
    }
}
