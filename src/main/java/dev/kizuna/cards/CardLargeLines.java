package dev.kizuna.cards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines printed large — the person's name, often the company — read again at the size the OCR engine reads
 * best. Tesseract's page layout breaks large characters apart (鈴木 一郎 at 60 px came back as 似 木 一 郎), while the
 * same line cut out and brought down to about {@link #READ_SIZE} pixels reads right. All large lines of a card go
 * to the engine as one strip (one process, not one per line); a line re-read more confidently takes the new text.
 */
final class CardLargeLines {

    /** The character size (height, or width for a column) the large lines are scaled down to. */
    static final int READ_SIZE = 40;
    private static final int GAP = 24;

    private CardLargeLines() {
    }

    /** Which lines are large: Japanese words without digits, 1.7 times the card's usual line and at least 48 px. */
    static List<Integer> large(List<OcrLine> lines, boolean vertical) {
        int[] sizes = lines.stream().filter(l -> l.box() != null && CardText.compact(l.text()).length() > 1)
                .mapToInt(l -> size(l.box(), vertical)).sorted().toArray();
        if (sizes.length == 0) {
            return List.of();
        }
        int usual = sizes[sizes.length / 2];
        List<Integer> large = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OcrLine line = lines.get(i);
            if (line.box() != null && size(line.box(), vertical) >= Math.max(48, usual * 1.7)
                    && !line.text().matches(".*\\d.*") && CardText.japaneseShare(CardText.tidy(line.text())) >= 0.5) {
                large.add(i);
            }
        }
        return large;
    }

    /** One image with the large lines cut out and scaled, stacked (columns side by side); {@code places} gets their spans. */
    static BufferedImage strip(BufferedImage image, List<OcrLine.Box> boxes, boolean vertical, List<int[]> places) {
        List<BufferedImage> cuts = new ArrayList<>();
        for (OcrLine.Box b : boxes) {
            OcrLine.Box band = band(image, b, vertical);
            int across = Math.max(6, size(band, vertical) / 6);
            int along = size(band, vertical); // the engine's box may stop short of the last character
            int padX = vertical ? across : along;
            int padY = vertical ? along : across;
            int x = Math.max(0, band.x() - padX);
            int y = Math.max(0, band.y() - padY);
            int w = Math.min(image.getWidth(), band.x() + band.width() + padX) - x;
            int h = Math.min(image.getHeight(), band.y() + band.height() + padY) - y;
            double scale = Math.min(1.0, (double) READ_SIZE / size(band, vertical));
            cuts.add(scaled(image.getSubimage(x, y, Math.max(1, w), Math.max(1, h)), scale));
        }
        int along = GAP + cuts.stream().mapToInt(c -> (vertical ? c.getWidth() : c.getHeight()) + GAP).sum();
        int across = 2 * GAP + cuts.stream().mapToInt(c -> vertical ? c.getHeight() : c.getWidth()).max().orElse(1);
        BufferedImage out = new BufferedImage(vertical ? along : across, vertical ? across : along, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        int at = GAP;
        for (BufferedImage cut : cuts) {
            int length = vertical ? cut.getWidth() : cut.getHeight();
            g.drawImage(cut, vertical ? at : GAP, vertical ? GAP : at, null);
            places.add(new int[] {at, at + length});
            at += length + GAP;
        }
        g.dispose();
        return out;
    }

    /**
     * The lines with each large one replaced by its re-reading when that was more confident: the re-read line whose
     * centre falls in the cut's span, the biggest one if several do.
     */
    static List<OcrLine> merge(List<OcrLine> lines, List<Integer> large, List<int[]> places, List<OcrLine> reread,
            boolean vertical) {
        OcrLine[] out = lines.toArray(OcrLine[]::new);
        for (int k = 0; k < large.size(); k++) {
            int[] span = places.get(k);
            OcrLine best = null;
            for (OcrLine r : reread) {
                if (r.box() == null) {
                    continue;
                }
                int centre = vertical ? r.box().x() + r.box().width() / 2 : r.box().y() + r.box().height() / 2;
                if (centre >= span[0] && centre < span[1] && (best == null || r.height() > best.height())) {
                    best = r;
                }
            }
            OcrLine before = out[large.get(k)];
            if (best != null && best.confidence() > before.confidence()
                    && CardText.compact(best.text()).length() >= 2) {
                out[large.get(k)] = before.withText(best.text(), best.confidence());
            }
        }
        return Arrays.asList(out);
    }

    /** White over the lines already read well across, so the vertical model sees only the columns. */
    static BufferedImage masked(BufferedImage image, List<OcrLine> readAcross) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.setColor(Color.WHITE);
        for (OcrLine l : readAcross) {
            if (readAcross(l)) {
                g.fillRect(l.box().x() - 2, l.box().y() - 2, l.box().width() + 4, l.box().height() + 4);
            }
        }
        g.dispose();
        return out;
    }

    /**
     * The box narrowed to its deepest band of ink: the engine's box of a large line often takes in a small line next
     * to it (経営企画室 above 吉田 翔太), which then spoils the reading. Rows (columns when vertical) with dark pixels
     * form bands where gaps of a few blank rows are bridged; the band that spans most rows is the line.
     */
    static OcrLine.Box band(BufferedImage image, OcrLine.Box box, boolean vertical) {
        int x0 = Math.max(0, box.x());
        int y0 = Math.max(0, box.y());
        int x1 = Math.min(image.getWidth(), box.x() + box.width());
        int y1 = Math.min(image.getHeight(), box.y() + box.height());
        int length = vertical ? x1 - x0 : y1 - y0;
        if (length <= 0 || x1 <= x0 || y1 <= y0) {
            return box;
        }
        boolean[] ink = new boolean[length];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y);
                if ((299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000 < 110) {
                    ink[vertical ? x - x0 : y - y0] = true;
                }
            }
        }
        int bridge = Math.max(3, length / 25);
        int bestStart = 0;
        int bestEnd = length;
        int bestSpan = -1;
        int i = 0;
        while (i < length) {
            if (!ink[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (i < length && (ink[i] || i - end <= bridge)) {
                if (ink[i]) {
                    end = i;
                }
                i++;
            }
            if (end - start > bestSpan) {
                bestSpan = end - start;
                bestStart = start;
                bestEnd = end + 1;
            }
        }
        if (bestSpan < 0) {
            return box;
        }
        return vertical ? new OcrLine.Box(x0 + bestStart, y0, bestEnd - bestStart, y1 - y0)
                : new OcrLine.Box(x0, y0 + bestStart, x1 - x0, bestEnd - bestStart);
    }

    /**
     * A line the horizontal model read well, where it stood known: five characters or more, at 60% or better or with
     * the shape of a number, an e-mail or a web address (those lines read lower but are still what they are).
     */
    static boolean readAcross(OcrLine line) {
        String text = line.text();
        return line.box() != null && CardText.compact(text).length() >= 5 && (line.confidence() >= 60
                || text.matches(".*(\\d{3}|@|(?i)www).*"));
    }

    private static int size(OcrLine.Box box, boolean vertical) {
        return vertical ? box.width() : box.height();
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
