package dev.kizuna.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void readingsTypedInHiraganaOrHalfWidthBecomeFullWidthKatakana() {
        assertThat(JapaneseText.toKatakanaReading("たなか まこと")).isEqualTo("タナカ マコト");
        assertThat(JapaneseText.toKatakanaReading("ﾀﾅｶ ﾏｺﾄ")).isEqualTo("タナカ マコト");
        assertThat(JapaneseText.toKatakanaReading("  ｶﾌﾞｼｷｶﾞｲｼｬ　ｻﾝﾌﾟﾙ ")).isEqualTo("カブシキガイシャ サンプル");
    }

    @Test
    void normalizeFoldsFullWidthLettersAndSpaces() {
        assertThat(JapaneseText.normalize("ＡＢＣ　商事")).isEqualTo("ABC 商事");
    }

    @Test
    void textIsKeptAsTypedOnlyTrimmed() {
        assertThat(JapaneseText.asTyped("  ㈱さくら①　ＡＢＣ﨑  \t")).isEqualTo("㈱さくら①　ＡＢＣ﨑");
        assertThat(JapaneseText.asTyped("田中\n\n太郎")).isEqualTo("田中 太郎");
    }

    @Test
    void halfWidthKatakanaIsWidenedAndNothingElseFolded() {
        assertThat(JapaneseText.widenKana("ｻｸﾗ ｾｲｷ㈱①ＡＢＣ")).isEqualTo("サクラ セイキ㈱①ＡＢＣ");
        assertThat(JapaneseText.widenKana("ｶﾞｯｺｳ ﾋﾞﾙ5F ﾊﾟﾝ")).isEqualTo("ガッコウ ビル5F パン");
        assertThat(JapaneseText.widenKana("株式会社｢ﾃｽﾄ｣")).isEqualTo("株式会社「テスト」");
        assertThat(JapaneseText.widenKana("そのまま")).isEqualTo("そのまま");
    }

    @Test
    void aReadingIsKatakanaOnly() {
        assertThat(JapaneseText.isReading("コバヤシ ハナコ")).isTrue();
        assertThat(JapaneseText.isReading("ヤマダ・タロー")).isTrue();
        assertThat(JapaneseText.isReading("山田")).isFalse();
        assertThat(JapaneseText.isReading("yamada")).isFalse();
    }
}
