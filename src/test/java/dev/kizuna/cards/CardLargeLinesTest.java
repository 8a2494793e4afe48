package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which lines are read again at a smaller size, how they are cut out and how the re-reading is taken; no OCR engine. */
class CardLargeLinesTest {

    private static OcrLine at(String text, int size, int confidence, int x, int y, int w, int h) {
        return new OcrLine(text, size, confidence, new OcrLine.Box(x, y, w, h));
    }

    @Test
    void onlyTallJapaneseLinesWithoutDigitsAreLarge() {
        List<OcrLine> lines = List.of(at("株式会社山田商事", 26, 90, 10, 10, 300, 26),
                at("寺田 放", 122, 33, 10, 60, 200, 122), at("TEL 03-1234-5678", 24, 90, 10, 200, 300, 24),
                at("〒100-0005 東京都千代田区", 60, 90, 10, 240, 400, 60), at("営業部", 25, 90, 10, 320, 100, 25));
        assertThat(CardLargeLines.large(lines, false)).containsExactly(1);
    }

    @Test
    void aLargeLinesBoxIsNarrowedToItsDeepestBandOfInk() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.BLACK);
        g.fillRect(20, 20, 100, 15); // a small line above, taken into the engine's box
        g.fillRect(20, 60, 200, 60); // the large line
        g.dispose();
        OcrLine.Box band = CardLargeLines.band(image, new OcrLine.Box(10, 10, 250, 130), false);
        assertThat(band.y()).isEqualTo(60);
        assertThat(band.height()).isEqualTo(60);
        OcrLine.Box column = CardLargeLines.band(image, new OcrLine.Box(10, 50, 280, 80), true);
        assertThat(column.x()).isEqualTo(20);
        assertThat(column.width()).isEqualTo(200);
    }

    @Test
    void theStripHoldsEachLargeLineAtTheReadingSizeAndTheMoreConfidentReadingWins() {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.BLACK);
        g.fillRect(50, 100, 300, 120);
        g.dispose();
        List<int[]> places = new ArrayList<>();
        BufferedImage strip = CardLargeLines.strip(image, List.of(new OcrLine.Box(50, 100, 300, 120)), false, places);
        assertThat(places).hasSize(1);
        int cut = places.getFirst()[1] - places.getFirst()[0];
        assertThat(cut).as("120 px of ink scaled to about %d px plus padding", CardLargeLines.READ_SIZE)
                .isBetween(CardLargeLines.READ_SIZE, CardLargeLines.READ_SIZE * 2);
        assertThat(strip.getHeight()).isLessThan(image.getHeight());

        List<OcrLine> lines = List.of(at("寺田 放", 122, 33, 50, 100, 300, 120), at("主任", 26, 93, 50, 20, 60, 26));
        int middle = (places.getFirst()[0] + places.getFirst()[1]) / 2;
        List<OcrLine> merged = CardLargeLines.merge(lines, List.of(0), places,
                List.of(at("吉田 翔太", 40, 91, 24, middle - 20, 200, 40)), false);
        assertThat(merged.get(0).text()).isEqualTo("吉田 翔太");
        assertThat(merged.get(0).box()).isEqualTo(lines.get(0).box());
        assertThat(merged.get(1)).isEqualTo(lines.get(1));
        List<OcrLine> kept = CardLargeLines.merge(lines, List.of(0), places,
                List.of(at("吉日", 40, 20, 24, middle - 20, 200, 40)), false);
        assertThat(kept.get(0).text()).as("a less confident re-reading is not taken").isEqualTo("寺田 放");
    }

    @Test
    void linesReadWellAcrossAreWhitedOutForTheVerticalModel() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        OcrLine good = at("TEL 03-1234-5678", 20, 90, 10, 10, 150, 20);
        OcrLine garbage = at("ー 画", 60, 40, 10, 40, 40, 50);
        assertThat(CardLargeLines.readAcross(at("E-mail suzuki@aoba-kogyo.co.jp", 20, 48, 10, 10, 150, 20))).isTrue();
        assertThat(CardLargeLines.readAcross(good)).isTrue();
        assertThat(CardLargeLines.readAcross(garbage)).isFalse();
        BufferedImage masked = CardLargeLines.masked(image, List.of(good, garbage));
        assertThat(masked.getRGB(50, 20) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(masked.getRGB(20, 60) & 0xFFFFFF).isEqualTo(0);
    }
}
