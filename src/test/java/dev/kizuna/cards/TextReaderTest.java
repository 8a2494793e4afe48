package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.kizuna.support.Postcards;
import org.junit.jupiter.api.Test;

/**
 * The public text reader on rendered postcards: a message written across and one written in columns (縦書き) come back
 * as their sentences; pictures that cannot be read are refused by the card upload's rules, without Tesseract.
 */
class TextReaderTest {

    private static final Tesseract TESSERACT = new Tesseract("tesseract", Duration.ofSeconds(60));
    private final TextReader reader = new TextReader(TESSERACT);

    private static String compact(String s) {
        return CardText.compact(s);
    }

    @Test
    void aPostcardWrittenAcrossIsReadLineByLine() throws Exception {
        assumeTrue(TESSERACT.available(), "tesseract with jpn and jpn_vert is not installed");
        byte[] card = Postcards.across(List.of("いつも化粧水を愛用しています。", "冬の乾燥が気になります。",
                "大阪府堺市堺区南瓦町3-1", "山田 花子", "072-228-7123"));
        TextReader.Reading reading = reader.read(new ByteArrayInputStream(card));
        assertThat(reading.vertical()).isFalse();
        assertThat(reading.quarters()).isZero();
        assertThat(compact(reading.text())).contains("いつも化粧水を愛用しています。", "冬の乾燥が気になります。",
                "山田花子", "072-228-7123");
        assertThat(reading.lines()).allSatisfy(l -> assertThat(l.confidence()).isBetween(0, 100));
    }

    @Test
    void aPostcardWrittenInColumnsIsReadWithTheVerticalModel() throws Exception {
        assumeTrue(TESSERACT.available(), "tesseract with jpn and jpn_vert is not installed");
        byte[] card = Postcards.columns(List.of("いつも化粧水を愛用しています。", "冬の乾燥が気になります。", "山田花子"));
        TextReader.Reading reading = reader.read(new ByteArrayInputStream(card));
        assertThat(reading.vertical()).isTrue();
        assertThat(compact(reading.text())).contains("いつも化粧水を愛用しています", "冬の乾燥が気になります");
    }

    @Test
    void picturesThatCannotBeReadAreRefusedWithTheCardUploadsRules() {
        byte[] text = "いつもありがとうございます".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.refusal(text.length, () -> new ByteArrayInputStream(text))).contains("NotAnImage");
        byte[] blank = Postcards.png(new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB));
        assertThat(reader.refusal(blank.length, () -> new ByteArrayInputStream(blank))).contains("Blank");
        assertThat(reader.refusal(TextReader.MAX_BYTES + 1, () -> new ByteArrayInputStream(blank))).contains("TooLarge");
        byte[] card = Postcards.across(List.of("ありがとう"));
        assertThat(reader.refusal(card.length, () -> new ByteArrayInputStream(card))).isEmpty();
    }
}
