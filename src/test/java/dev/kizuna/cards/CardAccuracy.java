package dev.kizuna.cards;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Field-level accuracy over rendered cards: a field counts as right when it equals the printed one (spaces aside). */
final class CardAccuracy {

    private final Map<CardFieldName, int[]> counts = new EnumMap<>(CardFieldName.class);
    private final java.util.List<String> misses = new java.util.ArrayList<>();
    private double seconds;
    private int cards;

    void add(SyntheticCards.Card card, Map<CardFieldName, CardField> read, double tookSeconds) {
        cards++;
        seconds += tookSeconds;
        expected(card).forEach((field, want) -> {
            int[] c = counts.computeIfAbsent(field, f -> new int[2]);
            c[1]++;
            CardField got = read.get(field);
            if (got != null && CardText.compact(got.value()).equals(CardText.compact(want))) {
                c[0]++;
            } else {
                misses.add("%s %s: want %s, read %s".formatted(card.layout(), field.key(), want,
                        got == null ? "nothing" : got.value()));
            }
        });
    }

    static Map<CardFieldName, String> expected(SyntheticCards.Card c) {
        Map<CardFieldName, String> m = new EnumMap<>(CardFieldName.class);
        m.put(CardFieldName.COMPANY, CardNames.company(c.company()));
        m.put(CardFieldName.DEPARTMENT, c.department());
        m.put(CardFieldName.TITLE, c.title());
        m.put(CardFieldName.NAME, c.name());
        m.put(CardFieldName.NAME_KANA, c.reading());
        m.put(CardFieldName.POSTAL_CODE, c.postalCode());
        m.put(CardFieldName.ADDRESS, c.address());
        m.put(CardFieldName.PHONE, c.phone());
        if (c.fax() != null) {
            m.put(CardFieldName.FAX, c.fax());
        }
        if (c.mobile() != null) {
            m.put(CardFieldName.MOBILE, c.mobile());
        }
        m.put(CardFieldName.EMAIL, c.email());
        m.put(CardFieldName.WEBSITE, c.url());
        if (c.corporateNumber() != null) {
            m.put(CardFieldName.CORPORATE_NUMBER, c.corporateNumber());
        }
        return m;
    }

    double rate(CardFieldName field) {
        int[] c = counts.get(field);
        return c == null || c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    double secondsPerCard() {
        return cards == 0 ? 0 : seconds / cards;
    }

    /** Each field read wrong, with the card's layout: where to look next. */
    java.util.List<String> misses() {
        return misses;
    }

    String report() {
        Map<String, String> lines = new TreeMap<>();
        counts.forEach((f, c) -> lines.put(f.key(), "%d/%d (%.0f%%)".formatted(c[0], c[1], 100.0 * c[0] / c[1])));
        return "cards: %d, seconds per card: %.2f%n".formatted(cards, secondsPerCard())
                + String.join("\n", lines.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue()).toList());
    }
}
