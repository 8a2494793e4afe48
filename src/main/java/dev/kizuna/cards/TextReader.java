package dev.kizuna.cards;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;


import org.springframework.stereotype.Component;

/**
 * Reads the text on a photo or scan of a Japanese document that is not a business card (a customer's postcard), on
 * this machine with the same Tesseract and the same upload checks as the cards: the picture is checked first
 * ({@link #refusal}), straightened, and read upright across, then down the columns (縦書き) with the vertical model,
 * then turned by quarters, until one reading is good (else the best one is kept). One picture is read at
 * a time; a caller waits for its turn at most {@link #WAIT_SECONDS} seconds.
 */
@Component
public class TextReader {

    /** The largest picture accepted, in bytes (as for a card). */
    public static final long MAX_BYTES = CardImages.MAX_BYTES;
    static final int WAIT_SECONDS = 60;

    /** A line as read, tidied (NFKC, no spaces between Japanese characters), with its confidence 0–100. */
    public record Line(String text, int confidence) {

        /** Read unsurely: worth a second look. */
        public boolean low() {
            return confidence < 70;
        }
    }

    /** What was read: the lines in reading order, whether the text stood in columns, and the quarter turns taken. */
    public record Reading(List<Line> lines, boolean vertical, int quarters) {

        /** The lines joined by line breaks. */
        public String text() {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
    }

    private final Tesseract tesseract;
    private final Semaphore turn = new Semaphore(1, true);

    TextReader(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    /** Whether Tesseract is installed here with its Japanese models; without it nothing can be read. */
    public boolean available() {
        return tesseract.available();
    }

    /**
     * Why the picture cannot be read, or empty when it can: {@code TooLarge} (over {@link #MAX_BYTES}),
     * {@code NotAnImage} (not JPEG or PNG by its bytes), {@code HeicUnreadable}, {@code TooManyPixels} (from the
     * header, before decoding) or {@code Blank}. {@code content} opens the bytes, more than once.
     */
    public Optional<String> refusal(long size, Supplier<InputStream> content) {
        if (size <= 0) {
            return Optional.of("NotAnImage");
        }
        try (InputStream in = content.get()) {
            byte[] head = in.readNBytes(dev.kizuna.platform.files.FileSniffer.HEAD);
            return CardImages.refusal(head, size, content).map(rule -> rule.replaceFirst("^Card", ""));
        } catch (IOException | RuntimeException e) {
            return Optional.of("NotAnImage");
        }
    }

    /** Reads a picture that passed {@link #refusal}; fails when Tesseract is missing, busy too long or breaks. */
    public Reading read(InputStream image) throws IOException {
        try {
            if (!turn.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the text reader stayed busy for " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try {
            return readNow(image);
        } finally {
            turn.release();
        }
    }

    /**
     * Upright first, read across; when that reads badly, read down the columns (the horizontal model turns 縦書き into
     * noise, not into one-character lines); then the other quarter turns the same way, until a reading is good.
     */
    private Reading readNow(InputStream image) throws IOException {
        BufferedImage prepared = CardPicture.prepare(CardImages.decodeForReading(image, CardImages.READING_SIDE));
        CardReader.Attempt best = null;
        boolean vertical = false;
        turns:
        for (int quarters : new int[] {0, 2, 1, 3}) {
            BufferedImage turned = CardPicture.rotate(prepared, 90.0 * quarters);
            for (String lang : List.of("jpn", "jpn_vert")) {
                CardReader.Attempt attempt = new CardReader.Attempt(read(turned, lang, 3), quarters);
                if (best == null || attempt.score() > best.score()) {
                    best = attempt;
                    vertical = lang.equals("jpn_vert");
                }
                if (best.good()) {
                    break turns;
                }
            }
        }
        List<Line> lines = best.lines().stream().map(l -> new Line(CardText.tidy(l.text()), l.confidence()))
                .filter(l -> !l.text().isEmpty()).toList();
        return new Reading(lines, vertical, best.quarters());
    }

    private List<OcrLine> read(BufferedImage image, String lang, int psm) throws IOException {
        return tesseract.read(image, lang, psm);
    }
}
