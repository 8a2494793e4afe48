package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On demand ({@code ./mvnw -Pbench test -Dtest=CardAccuracyBenchmarkTest}): reads {@code kizuna.bench.cards} (default
 * 30) rendered cards — classic, company-below and vertical layouts, turned up to ±2° with dust — and reports
 * field-level accuracy and seconds per card. The targets: e-mail, phone, postal code ≥ 95%, company and
 * name ≥ 85%, ≤ 3 s a card on 2 cores. Postal codes are looked up in the bundled postal data, as in the application.
 */
@Tag("bench")
class CardAccuracyBenchmarkTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CardAccuracyBenchmarkTest.class);

    @Test
    void fieldAccuracyOverRenderedCards() throws Exception {
        Tesseract tesseract = new Tesseract("tesseract", Duration.ofSeconds(60));
        assumeTrue(tesseract.available(), "tesseract with jpn and jpn_vert is not installed");
        Map<String, String> postal = postalData();
        CardReader reader = new CardReader(tesseract, new CardParser(code -> Optional.ofNullable(postal.get(code)),
                new Readings()));
        int count = Integer.getInteger("kizuna.bench.cards", 30);
        CardAccuracy accuracy = new CardAccuracy();
        for (SyntheticCards.Card card : SyntheticCards.sample(count, 2026)) {
            byte[] png = SyntheticCards.png(card);
            long start = System.nanoTime();
            var reading = reader.read(new ByteArrayInputStream(png));
            accuracy.add(card, reading.fields(), (System.nanoTime() - start) / 1e9);
            if (Boolean.getBoolean("kizuna.bench.misses")) {
                LOG.info("card {} {} read:\n{}", card.name(), card.layout(), reading.text());
            }
        }
        if (Boolean.getBoolean("kizuna.bench.misses")) {
            LOG.info("\nMisses:\n  {}", String.join("\n  ", accuracy.misses()));
        }
        LOG.info("\n{}", "Business card accuracy (" + count + " rendered cards):\n" + accuracy.report());
        assertThat(accuracy.rate(CardFieldName.EMAIL)).as("the benchmark ran and read e-mail at all").isPositive();
    }

    private static Map<String, String> postalData() throws Exception {
        Map<String, String> areas = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                CardAccuracyBenchmarkTest.class.getResourceAsStream("/postal/postal-codes.tsv.gz")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split("\t", -1);
                areas.merge(c[0], c[1] + c[2] + c[3], (a, b) -> a.substring(0, commonPrefix(a, b)));
            }
        }
        return areas;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
