package dev.kizuna.cards;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * From the lines an OCR engine read off a business card to its fields, each with a confidence: first the fields
 * with a shape (e-mail, web, numbers, postal code and address), then the words (company, department, title,
 * reading) and last the name among the lines left. Plain Java: no Spring, no database.
 */
final class CardParser {

    private final CardNumbers numbers;
    private final CardNames names;

    /** {@code postalLookup}: 7 digits → prefecture + city + town from the bundled postal data, when the code exists. */
    CardParser(Function<String, Optional<String>> postalLookup, Readings readings) {
        this.numbers = new CardNumbers(postalLookup);
        this.names = new CardNames(readings);
    }

    Map<CardFieldName, CardField> parse(List<OcrLine> lines) {
        List<OcrLine> kept = lines.stream().filter(l -> !CardText.tidy(l.text()).isBlank()).toList();
        boolean[] used = new boolean[kept.size()];
        Map<CardFieldName, CardField> fields = new EnumMap<>(CardFieldName.class);
        fields.putAll(numbers.read(kept, used));
        names.read(kept, used).forEach(fields::putIfAbsent);
        return fields;
    }
}
