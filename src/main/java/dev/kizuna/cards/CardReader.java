package dev.kizuna.cards;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one card image: prepares it ({@link CardPicture}), lets Tesseract read it upright, and only when that reads
 * badly tries the other quarter turns (a phone may save a card on its side or upside down) and keeps the best. When
 * the text stands in columns (縦書き: many one-character lines) the vertical model reads it too, and both readings go
 * to the parser, horizontal lines first.
 */
final class CardReader {

    /** What was read: the fields, the OCR text kept for the reviewer, and the quarter turns it took. */
    record Reading(Map<CardFieldName, CardField> fields, String text, int quarters) {
    }

    static int PSM = Integer.getInteger("kizuna.cards.psm", 3);
    private final Tesseract tesseract;
    private final CardParser parser;

    CardReader(Tesseract tesseract, CardParser parser) {
        this.tesseract = tesseract;
        this.parser = parser;
    }

    Reading read(InputStream image) throws IOException {
        BufferedImage photo = CardImages.decodeForReading(image, CardImages.READING_SIDE);
        BufferedImage prepared = CardPicture.prepare(photo);
        boolean portrait = prepared.getHeight() > prepared.getWidth() * 1.15;
        int[] order = portrait ? new int[] {0, 1, 3, 2} : new int[] {0, 2, 1, 3};
        Attempt best = null;
        for (int quarters : order) {
            Attempt attempt = attempt(CardPicture.rotate(prepared, 90.0 * quarters), quarters, "jpn");
            if (best == null || attempt.score() > best.score()) {
                best = attempt;
            }
            if (best.good() && !(portrait && quarters == 0)) {
                break; // a portrait image may be a card on its side read passably: compare with a quarter turn
            }
        }
        BufferedImage upright = CardPicture.rotate(prepared, 90.0 * best.quarters());
        List<OcrLine> lines = new ArrayList<>(large(upright, best.lines().stream()
                .filter(l -> CardText.compact(l.text()).length() > 1).toList(), false));
        Map<CardFieldName, CardField> fields = parser.parse(lines);
        if (best.columns() >= 4 || !fields.containsKey(CardFieldName.NAME) || !fields.containsKey(CardFieldName.COMPANY)) {
            BufferedImage columns = CardLargeLines.masked(upright, lines);
            boolean vertical = best.columns() >= 4;
            // what was not read well across is the vertical model's: on a vertical card all of it, else the unsure bits
            lines.removeIf(l -> !CardLargeLines.readAcross(l) && (vertical || l.confidence() < 60));
            lines.addAll(large(columns, attempt(columns, best.quarters(), "jpn_vert").lines(), true));
            fields = parser.parse(lines);
        }
        String text = String.join("\n", lines.stream().map(OcrLine::text).toList());
        return new Reading(fields, text, best.quarters());
    }

    /** The lines with the large ones read again at a better size ({@link CardLargeLines}). */
    private List<OcrLine> large(BufferedImage image, List<OcrLine> lines, boolean vertical) throws IOException {
        List<Integer> large = CardLargeLines.large(lines, vertical);
        if (large.isEmpty()) {
            return lines;
        }
        List<int[]> places = new ArrayList<>();
        BufferedImage strip = CardLargeLines.strip(image, large.stream().map(i -> lines.get(i).box()).toList(),
                vertical, places);
        List<OcrLine> reread = read(strip, vertical ? "jpn_vert" : "jpn", vertical ? 5 : 6);
        return CardLargeLines.merge(lines, large, places, reread, vertical);
    }

    private Attempt attempt(BufferedImage image, int quarters, String lang) throws IOException {
        return new Attempt(read(image, lang, "jpn".equals(lang) ? PSM : 5), quarters);
    }

    private List<OcrLine> read(BufferedImage image, String lang, int psm) throws IOException {
        return tesseract.read(image, lang, psm);
    }

    /** One orientation's reading, scored by how many characters were read how confidently. */
    record Attempt(List<OcrLine> lines, int quarters) {

        double score() {
            return lines.stream().mapToDouble(l -> CardText.compact(l.text()).length() * Math.max(0, l.confidence() - 30))
                    .sum();
        }

        /** Read well enough to stop trying other turns. */
        boolean good() {
            double chars = lines.stream().mapToInt(l -> CardText.compact(l.text()).length()).sum();
            return chars >= 15 && score() / chars >= 30;
        }

        /** Lines of one character: text standing in columns. */
        long columns() {
            return lines.stream().filter(l -> CardText.compact(l.text()).length() == 1).count();
        }
    }
}
