package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tesseract on cards drawn by {@link SyntheticCards}: horizontal, vertical, slightly turned and on their side. Needs
 * the tesseract program with jpn and jpn_vert (CI installs them); skipped where it is absent.
 */
class CardReaderTest {

    private static final Tesseract TESSERACT = new Tesseract("tesseract", Duration.ofSeconds(60));
    private static CardReader reader;

    @BeforeAll
    static void tesseract() {
        assumeTrue(TESSERACT.available(), "tesseract with jpn and jpn_vert is not installed");
        reader = new CardReader(TESSERACT, new CardParser(code -> Optional.empty(), new Readings()));
    }

    private static CardReader.Reading read(byte[] image) throws Exception {
        return reader.read(new ByteArrayInputStream(image));
    }

    @Test
    void aHorizontalCardGivesItsNameCompanyAndNumbers() throws Exception {
        SyntheticCards.Card card = SyntheticCards.sample(1, 3).getFirst();
        var reading = read(SyntheticCards.png(card));
        assertThat(reading.fields().get(CardFieldName.EMAIL).value()).isEqualTo(card.email());
        assertThat(reading.fields().get(CardFieldName.PHONE).value()).isEqualTo(card.phone());
        assertThat(CardText.compact(reading.fields().get(CardFieldName.NAME).value())).isEqualTo(CardText.compact(card.name()));
        assertThat(reading.fields().get(CardFieldName.COMPANY).value()).isEqualTo(CardNames.company(card.company()));
        assertThat(reading.quarters()).isZero();
    }

    @Test
    void aVerticalCardIsReadWithTheVerticalModel() throws Exception {
        SyntheticCards.Card card = SyntheticCards.sample(3, 3).get(2);
        assertThat(card.layout()).isEqualTo(SyntheticCards.Layout.VERTICAL);
        var reading = read(SyntheticCards.png(card));
        assertThat(CardText.compact(reading.fields().get(CardFieldName.NAME).value())).isEqualTo(CardText.compact(card.name()));
        assertThat(reading.fields().get(CardFieldName.EMAIL).value()).isEqualTo(card.email());
    }

    @Test
    void aCardSavedUpsideDownIsTurnedBack() throws Exception {
        SyntheticCards.Card card = SyntheticCards.sample(2, 5).get(0);
        for (int quarters : List.of(2)) {
            byte[] turned = SyntheticCards.encode(SyntheticCards.turned(SyntheticCards.render(card), quarters), "png");
            var reading = read(turned);
            assertThat(reading.quarters()).as("turned %d", quarters).isEqualTo((4 - quarters) % 4);
            assertThat(reading.fields().get(CardFieldName.PHONE).value()).as("turned %d", quarters).isEqualTo(card.phone());
        }
    }

    @Test
    void theSkewOfATurnedCardIsFoundAndTurnedBack() {
        for (SyntheticCards.Card card : SyntheticCards.sample(6, 3)) {
            var photo = SyntheticCards.render(card);
            double skew = CardPicture.skew(CardPicture.binarise(photo));
            assertThat(Math.abs(skew - card.degrees())).as("skew %s for a card turned %s", skew, card.degrees())
                    .isLessThanOrEqualTo(0.6);
            double after = CardPicture.skew(CardPicture.binarise(CardPicture.prepare(photo)));
            assertThat(Math.abs(after)).as("left after straightening a card turned %s", card.degrees())
                    .isLessThanOrEqualTo(0.5);
        }
    }
}
