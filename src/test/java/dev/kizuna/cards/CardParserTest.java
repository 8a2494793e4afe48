package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The field rules on text as Tesseract gives it back, OCR slips included; no Spring, no OCR engine. */
class CardParserTest {

    private static final Readings READINGS = new Readings();
    private final CardParser parser = new CardParser(
            code -> "1040061".equals(code) ? Optional.of("東京都中央区銀座")
                    : "2200012".equals(code) ? Optional.of("神奈川県横浜市西区みなとみらい") : Optional.empty(),
            READINGS);

    private Map<CardFieldName, CardField> parse(OcrLine... lines) {
        return parser.parse(Arrays.asList(lines));
    }

    private static OcrLine line(String text) {
        return OcrLine.of(text);
    }

    private static String value(Map<CardFieldName, CardField> fields, CardFieldName name) {
        return fields.containsKey(name) ? fields.get(name).value() : null;
    }

    @Test
    void aClassicHorizontalCardGivesEveryField() {
        var f = parse(line("株 式 会 社 山 田 商 事"), line("総務部 主任"), new OcrLine("タカハシ ミサキ", 22, 90),
                new OcrLine("高橋 美咲", 64, 92), line("〒104-0061 東京都中央区銀座4-6-16"), line("TEL 03-8485-6044"),
                line("携帯 090-6968-5649"), line("E-mail m.takahashi@yamada-shoji.co.jp"), line("www.yamada-shoji.co.jp"),
                line("法人番号 4040281521879"));
        assertThat(value(f, CardFieldName.COMPANY)).isEqualTo("株式会社山田商事");
        assertThat(value(f, CardFieldName.DEPARTMENT)).isEqualTo("総務部");
        assertThat(value(f, CardFieldName.TITLE)).isEqualTo("主任");
        assertThat(value(f, CardFieldName.NAME)).isEqualTo("高橋 美咲");
        assertThat(value(f, CardFieldName.NAME_KANA)).isEqualTo("タカハシ ミサキ");
        assertThat(value(f, CardFieldName.POSTAL_CODE)).isEqualTo("104-0061");
        assertThat(value(f, CardFieldName.ADDRESS)).isEqualTo("東京都中央区銀座4-6-16");
        assertThat(value(f, CardFieldName.PHONE)).isEqualTo("03-8485-6044");
        assertThat(value(f, CardFieldName.MOBILE)).isEqualTo("090-6968-5649");
        assertThat(value(f, CardFieldName.EMAIL)).isEqualTo("m.takahashi@yamada-shoji.co.jp");
        assertThat(value(f, CardFieldName.WEBSITE)).isEqualTo("https://www.yamada-shoji.co.jp");
        assertThat(value(f, CardFieldName.CORPORATE_NUMBER)).isEqualTo("4040281521879");
        assertThat(f.get(CardFieldName.NAME).low()).isFalse();
        assertThat(f.get(CardFieldName.EMAIL).low()).isFalse();
    }

    @Test
    void abbreviatedLegalFormsAreWrittenOutWhereTheyStand() {
        assertThat(CardNames.company("(株)みらい企画")).isEqualTo("株式会社みらい企画");
        assertThat(CardNames.company(CardText.tidy("㈱みらい企画"))).isEqualTo("株式会社みらい企画");
        assertThat(CardNames.company("みらい企画(株)")).isEqualTo("みらい企画株式会社");
        assertThat(CardNames.company(CardText.tidy("︵株︶みらい企画"))).isEqualTo("株式会社みらい企画");
        assertThat(CardNames.company("青葉工業(有)")).isEqualTo("青葉工業有限会社");
    }

    @Test
    void faxFollowsItsLabelAndASecondUnlabelledNumberIsTheFax() {
        var f = parse(line("TEL 050-223-9073 FAX.050-223-1891"));
        assertThat(value(f, CardFieldName.PHONE)).isEqualTo("050-223-9073");
        assertThat(value(f, CardFieldName.FAX)).isEqualTo("050-223-1891");
        var g = parse(line("03-1111-2222"), line("03-1111-2223"));
        assertThat(value(g, CardFieldName.FAX)).isEqualTo("03-1111-2223");
        assertThat(g.get(CardFieldName.FAX).low()).isTrue();
    }

    @Test
    void anEmailDomainThatLostItsDotTakesTheWebAddresssDomain() {
        var f = parse(line("E-mail yoshida@towa-seikijp"), line("www.towa-seiki.jp"));
        assertThat(value(f, CardFieldName.EMAIL)).isEqualTo("yoshida@towa-seiki.jp");
        var g = parse(line("Www.towa-seiki.jp"), line("wwwr.other.jp"));
        assertThat(value(g, CardFieldName.WEBSITE)).isEqualTo("https://www.towa-seiki.jp");
    }

    @Test
    void aGarbledAddressStartIsReplacedByThePostalDataAndMarkedLowerThanAClearOne() {
        var garbled = parse(line("〒220-0012 神奈川県横浜市西図みなとみらい2-3-1"));
        assertThat(value(garbled, CardFieldName.ADDRESS)).isEqualTo("神奈川県横浜市西区みなとみらい2-3-1");
        var clear = parse(line("〒220-0012 神奈川県横浜市西区みなとみらい2-3-1"));
        assertThat(garbled.get(CardFieldName.ADDRESS).confidence())
                .isLessThan(clear.get(CardFieldName.ADDRESS).confidence());
        var unknown = parse(line("〒999-9999 どこか1-2"));
        assertThat(unknown.get(CardFieldName.POSTAL_CODE).low()).isTrue();
    }

    @Test
    void aCorporateNumberWithAWrongCheckDigitIsKeptButLow() {
        assertThat(parse(line("法人番号 4040281521879")).get(CardFieldName.CORPORATE_NUMBER).low()).isFalse();
        assertThat(parse(line("法人番号 5040281521879")).get(CardFieldName.CORPORATE_NUMBER).low()).isTrue();
    }

    @Test
    void withoutAPrintedReadingKuromojiSuggestsOneMarkedForChecking() {
        var f = parse(line("中央物産株式会社"), new OcrLine("山田 太郎", 60, 90), line("営業部 部長"));
        assertThat(value(f, CardFieldName.NAME)).isEqualTo("山田 太郎");
        assertThat(value(f, CardFieldName.NAME_KANA)).isEqualTo("ヤマダ タロウ");
        assertThat(f.get(CardFieldName.NAME_KANA).low()).isTrue();
        assertThat(value(f, CardFieldName.TITLE)).isEqualTo("部長");
        assertThat(value(f, CardFieldName.DEPARTMENT)).isEqualTo("営業部");
    }

    @Test
    void departmentAndTitleInOneWordAreSplitAndTheTallestJapaneseLineIsTheName() {
        var f = parse(new OcrLine("技術本部 開発課長", 26, 90), new OcrLine("小林 恵", 62, 90),
                new OcrLine("みらい企画", 30, 90));
        assertThat(value(f, CardFieldName.DEPARTMENT)).isEqualTo("技術本部 開発");
        assertThat(value(f, CardFieldName.TITLE)).isEqualTo("課長");
        assertThat(value(f, CardFieldName.NAME)).isEqualTo("小林 恵");
    }

    @Test
    void anImageOfNothingGivesNoFields() {
        assertThat(parser.parse(List.of(line(" "), line("~ ."), line("|||")))).doesNotContainKeys(
                CardFieldName.NAME, CardFieldName.EMAIL, CardFieldName.COMPANY);
    }

    @Test
    void aDotBeforeJpReadAsJOrLostIsPutBack() {
        assertThat(CardNumbers.commonEnding("nihonbashi-shigyojjp")).isEqualTo("nihonbashi-shigyo.jp");
        assertThat(CardNumbers.commonEnding("towa-seikijp")).isEqualTo("towa-seiki.jp");
        assertThat(CardNumbers.commonEnding("aoba-kogyo.cojjp")).isEqualTo("aoba-kogyo.co.jp");
        assertThat(CardNumbers.commonEnding("towa-seiki.jp")).isEqualTo("towa-seiki.jp");
        assertThat(CardNumbers.commonEnding("mirai-kikaku.com")).isEqualTo("mirai-kikaku.com");
        assertThat(value(parse(line("E-mail hanako.sato@nihonbashi-shigyojjp")), CardFieldName.EMAIL))
                .isEqualTo("hanako.sato@nihonbashi-shigyo.jp");
    }

    @Test
    void aWebAddressWhoseWwwTheOcrSpoiledIsStillFound() {
        assertThat(value(parse(line("wwwr.towa-seikijp")), CardFieldName.WEBSITE)).isEqualTo("https://www.towa-seiki.jp");
        assertThat(value(parse(line("Wwwr.chuo-bussan.co.jp")), CardFieldName.WEBSITE))
                .isEqualTo("https://www.chuo-bussan.co.jp");
        assertThat(value(parse(line("wwwtowa-seiki.jp")), CardFieldName.WEBSITE)).isEqualTo("https://www.towa-seiki.jp");
        assertThat(value(parse(line("www.hokuto-sysJjp")), CardFieldName.WEBSITE)).isEqualTo("https://www.hokuto-sys.jp");
    }

    @Test
    void aWebAddressCutShortTakesTheEmailsDomain() {
        var f = parse(line("E-mail naoki.ito@chuo-bussan.co.jp"), line("www.chuo-bussan.co"));
        assertThat(value(f, CardFieldName.WEBSITE)).isEqualTo("https://www.chuo-bussan.co.jp");
    }
}
