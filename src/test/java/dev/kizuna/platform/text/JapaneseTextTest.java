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
    void aReadingIsKatakanaOnly() {
        assertThat(JapaneseText.isReading("コバヤシ ハナコ")).isTrue();
        assertThat(JapaneseText.isReading("ヤマダ・タロー")).isTrue();
        assertThat(JapaneseText.isReading("山田")).isFalse();
        assertThat(JapaneseText.isReading("yamada")).isFalse();
    }
}
