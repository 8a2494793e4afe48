package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search words taken from a postcard's read text (no Spring): phone numbers, the address, name-like lines. */
class LetterCluesTest {

    @Test
    void phoneNumbersAddressAndNameLinesAreTakenAndTheMessageIsNot() {
        String read = """
                いつも化粧水を愛用しています。
                冬の乾燥が気になります。
                〒590-0078 大阪府堺市堺区南瓦町3-1
                山田 花子 様
                TEL 072ー228一7123
                ０９０－１２３４－５６７８""";
        assertThat(LetterClues.of(read)).containsExactly(new LetterClues.Clue("0722287123", 3),
                new LetterClues.Clue("09012345678", 3), new LetterClues.Clue("大阪府堺市堺区南瓦町", 2),
                new LetterClues.Clue("山田花子", 1));
    }

    @Test
    void nothingReadGivesNoClues() {
        assertThat(LetterClues.of("")).isEmpty();
        assertThat(LetterClues.of(null)).isEmpty();
        assertThat(LetterClues.of("ありがとうございました。\n12")).isEmpty();
    }
}
