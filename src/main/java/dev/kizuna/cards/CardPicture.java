package dev.kizuna.cards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A card photo made ready for OCR: grey, evened out and binarised by a local threshold (a photo's light is never
 * even), straightened (the angle, within ±8°, at which the rows of text line up best), and turned by quarters on
 * request. Works on images already cut down to a sensible size ({@link CardImages#decodeForReading}).
 */
final class CardPicture {

    private CardPicture() {
    }

    /** Luminance, 0 (black) to 255. */
    static int[] grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int[] grey = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            grey[i] = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
        }
        return grey;
    }

    /** Black where a pixel is clearly darker than the mean of its neighbourhood (Bradley's adaptive threshold). */
    static BufferedImage binarise(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] grey = grey(image);
        long[] sum = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += grey[y * w + x];
                sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + row;
            }
        }
        int r = Math.max(8, Math.max(w, h) / 40);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - r);
            int y1 = Math.min(h, y + r + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - r);
                int x1 = Math.min(w, x + r + 1);
                long area = (long) (x1 - x0) * (y1 - y0);
                long total = sum[y1 * (w + 1) + x1] - sum[y0 * (w + 1) + x1] - sum[y1 * (w + 1) + x0] + sum[y0 * (w + 1) + x0];
                boolean dark = grey[y * w + x] * area * 100 < total * 82L;
                pixels[y * w + x] = (byte) (dark ? 0 : 255);
            }
        }
        return out;
    }

    /** The skew in degrees: the angle at which the dark pixels' row profile is sharpest (projection profile). */
    static double skew(BufferedImage binary) {
        int w = binary.getWidth();
        int h = binary.getHeight();
        byte[] pixels = ((java.awt.image.DataBufferByte) binary.getRaster().getDataBuffer()).getData();
        int step = Math.max(1, (w * h) / 400_000);
        java.util.List<int[]> dark = new java.util.ArrayList<>();
        for (int i = 0; i < pixels.length; i += step) {
            if (pixels[i] == 0) {
                dark.add(new int[] {i % w, i / w});
            }
        }
        if (dark.size() > 200_000 || dark.size() < 50) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        int bins = h + w;
        for (double angle = -8; angle <= 8.001; angle += 0.5) {
            double t = Math.toRadians(angle);
            double sin = Math.sin(t);
            double cos = Math.cos(t);
            int[] profile = new int[2 * bins];
            for (int[] p : dark) {
                int y = (int) Math.round(p[1] * cos - p[0] * sin) + bins;
                profile[Math.max(0, Math.min(profile.length - 1, y))]++;
            }
            double score = 0;
            for (int v : profile) {
                score += (double) v * v;
            }
            if (score > bestScore) {
                bestScore = score;
                best = angle;
            }
        }
        return best;
    }

    /** Turned by {@code degrees} around its centre, on white, same size as the original bounds allow. */
    static BufferedImage rotate(BufferedImage image, double degrees) {
        if (degrees == 0) {
            return image;
        }
        double t = Math.toRadians(degrees);
        int w = image.getWidth();
        int h = image.getHeight();
        boolean quarter = Math.abs(degrees % 180) == 90;
        int nw = quarter ? h : w;
        int nh = quarter ? w : h;
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, nw, nh);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.translate(nw / 2.0, nh / 2.0);
        g.rotate(t);
        g.translate(-w / 2.0, -h / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * Straightened: what the OCR engine reads. The skew is measured on the binarised image and the photo itself is
     * turned back; Tesseract makes it grey and thresholds it itself, which read our test cards far better than
     * giving it our own grey or black-and-white image (small Latin letters of e-mail addresses broke up).
     */
    static BufferedImage prepare(BufferedImage photo) {
        double skew = skew(binarise(photo));
        return Math.abs(skew) < 0.75 ? photo : rotate(photo, -skew);
    }
}
