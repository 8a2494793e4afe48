package dev.kizuna.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Japanese postcards drawn with Java2D and Noto Sans CJK, their text known: a message written across (横書き) or in
 * columns right to left (縦書き), on a portrait postcard (100 × 148 mm at about 10 pixels a millimetre), for the tests
 * of the postcard scans. Also the font for the cards' own synthetic cards.
 */
public final class Postcards {

    public static final String FONT_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 1480;
    private static Font base;

    private Postcards() {
    }

    public static synchronized Font font(int size) {
        if (base == null) {
            try {
                base = Font.createFont(Font.TRUETYPE_FONT, new File(FONT_FILE));
            } catch (Exception e) {
                throw new IllegalStateException("Noto Sans CJK is needed at " + FONT_FILE, e);
            }
        }
        return base.deriveFont(Font.PLAIN, size);
    }

    /** The lines written across, top to bottom, 44 px characters. */
    public static byte[] across(List<String> lines) {
        BufferedImage image = blank();
        Graphics2D g = pen(image);
        g.setFont(font(44));
        int y = 160;
        for (String line : lines) {
            g.drawString(line, 80, y);
            y += 84;
        }
        g.dispose();
        return png(image);
    }

    /** The lines written in columns, right to left, each top to bottom, 48 px characters. */
    public static byte[] columns(List<String> lines) {
        BufferedImage image = blank();
        Graphics2D g = pen(image);
        g.setFont(font(48));
        int x = WIDTH - 140;
        for (String line : lines) {
            int y = 150;
            for (int i = 0; i < line.length(); i++) {
                g.drawString(String.valueOf(line.charAt(i)), x, y);
                y += 54;
            }
            x -= 96;
        }
        g.dispose();
        return png(image);
    }

    private static BufferedImage blank() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(252, 250, 244));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    private static Graphics2D pen(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(new Color(30, 30, 40));
        return g;
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
