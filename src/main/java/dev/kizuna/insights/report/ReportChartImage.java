package dev.kizuna.insights.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A report's chart drawn on the server as a PNG for e-mail (mail programs run no JavaScript): bars side by side,
 * stacked bars or lines as the report says, the first {@value #MAX_LABELS} labels and {@value #MAX_SERIES} series, a
 * legend when there is more than one series. Japanese labels need a CJK font on the server (Noto Sans CJK, as the
 * README's packages install); without one the JDK's fallback draws boxes, but the figures stay right.
 */
final class ReportChartImage {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    static final int MAX_LABELS = 24;
    static final int MAX_SERIES = 8;
    private static final Color[] PALETTE = {new Color(0x0d6efd), new Color(0xd63384), new Color(0x198754),
        new Color(0xfd7e14), new Color(0x6f42c1), new Color(0x20c997), new Color(0xdc3545), new Color(0x6c757d)};
    private static final int LEFT = 70;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;

    private ReportChartImage() {
    }

    static byte[] png(ReportResult result) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font("Noto Sans CJK JP", Font.PLAIN, 11));
            draw(g, result);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, ReportResult result) {
        List<String> labels = result.labels().subList(0, Math.min(MAX_LABELS, result.labels().size()));
        List<ReportResult.Series> series = result.series().subList(0, Math.min(MAX_SERIES, result.series().size()));
        boolean stacked = "stacked".equals(result.chart());
        boolean line = "line".equals(result.chart());
        double max = top(labels.size(), series, stacked);
        int plotW = WIDTH - LEFT - RIGHT;
        int legend = series.size() > 1 ? 18 : 0;
        int plotH = HEIGHT - TOP - BOTTOM - legend;
        axis(g, max, plotH);
        if (labels.isEmpty()) {
            return;
        }
        double slot = (double) plotW / labels.size();
        double[] base = new double[labels.size()];
        for (int s = 0; s < series.size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < labels.size(); i++) {
                double v = value(series.get(s).values(), i);
                int h = (int) Math.round(v / max * plotH);
                if (line) {
                    int x = (int) (LEFT + slot * i + slot / 2);
                    int y = TOP + plotH - h;
                    g.setStroke(new BasicStroke(2f));
                    if (prevX >= 0) {
                        g.drawLine(prevX, prevY, x, y);
                    }
                    g.fillOval(x - 3, y - 3, 6, 6);
                    prevX = x;
                    prevY = y;
                } else if (stacked) {
                    int b = (int) Math.round(base[i] / max * plotH);
                    g.fillRect((int) (LEFT + slot * i + slot * 0.15), TOP + plotH - b - h, (int) (slot * 0.7), h);
                    base[i] += v;
                } else {
                    double w = slot * 0.8 / series.size();
                    g.fillRect((int) (LEFT + slot * i + slot * 0.1 + w * s), TOP + plotH - h, Math.max(1, (int) w), h);
                }
            }
        }
        labels(g, labels, slot, plotH);
        if (legend > 0) {
            legend(g, series);
        }
    }

    private static double top(int labels, List<ReportResult.Series> series, boolean stacked) {
        double max = 0;
        for (int i = 0; i < labels; i++) {
            double sum = 0;
            for (ReportResult.Series s : series) {
                double v = value(s.values(), i);
                sum += v;
                max = Math.max(max, v);
            }
            if (stacked) {
                max = Math.max(max, sum);
            }
        }
        if (max <= 0) {
            return 4;
        }
        // four round steps (1, 2, 2.5 or 5 times a power of ten) that reach above the highest bar
        double step = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (nice * magnitude >= step) {
                return nice * magnitude * 4;
            }
        }
        return max;
    }

    private static double value(List<BigDecimal> values, int i) {
        return i < values.size() && values.get(i) != null ? Math.max(0, values.get(i).doubleValue()) : 0;
    }

    private static void axis(Graphics2D g, double max, int plotH) {
        g.setColor(new Color(0xdee2e6));
        FontMetrics fm = g.getFontMetrics();
        for (int t = 0; t <= 4; t++) {
            int y = TOP + plotH - plotH * t / 4;
            g.setColor(new Color(0xdee2e6));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            String tick = String.format("%,.0f", max * t / 4);
            g.setColor(new Color(0x495057));
            g.drawString(tick, LEFT - 6 - fm.stringWidth(tick), y + fm.getAscent() / 2);
        }
    }

    private static void labels(Graphics2D g, List<String> labels, double slot, int plotH) {
        g.setColor(new Color(0x212529));
        FontMetrics fm = g.getFontMetrics();
        int every = Math.max(1, (int) Math.ceil(labels.size() / (slot < 40 ? 12.0 : 24.0)));
        for (int i = 0; i < labels.size(); i += every) {
            String text = fit(labels.get(i).isEmpty() ? "—" : labels.get(i), fm, (int) (slot * every) - 4);
            int x = (int) (LEFT + slot * i + slot / 2 - fm.stringWidth(text) / 2.0);
            g.drawString(text, x, TOP + plotH + fm.getAscent() + 6);
        }
    }

    private static void legend(Graphics2D g, List<ReportResult.Series> series) {
        FontMetrics fm = g.getFontMetrics();
        int x = LEFT;
        int y = HEIGHT - 14;
        for (int s = 0; s < series.size() && x < WIDTH - 60; s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            g.fillRect(x, y - 9, 10, 10);
            g.setColor(new Color(0x212529));
            String name = fit(series.get(s).name().isEmpty() ? "—" : series.get(s).name(), fm, 110);
            g.drawString(name, x + 14, y);
            x += 14 + fm.stringWidth(name) + 16;
        }
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
