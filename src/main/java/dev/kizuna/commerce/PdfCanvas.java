package dev.kizuna.commerce;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Drawing on A4 pages with one embedded Japanese font: text left, right or centred, lines and shaded boxes. */
final class PdfCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument doc;
    private final PDType0Font font;
    private final java.util.Map<Integer, Integer> drawn = new java.util.HashMap<>();
    private PDPageContentStream page;

    PdfCanvas(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
        newPage();
    }

    void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float y, float size, String text) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(printable(text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void right(float rightX, float y, float size, String text) {
        text(rightX - width(text, size), y, size, text);
    }

    void center(float y, float size, String text) {
        text((WIDTH - width(text, size)) / 2, y, size, text);
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth}, never dropping a character: at a line break, else before
     * the character that would overflow — or at the last space, when that keeps a Latin word whole. Always at least
     * one line (empty for no text).
     */
    java.util.List<String> wrap(String text, float size, float maxWidth) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String paragraph : (text == null ? "" : text.replace("\r", "")).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            printable(paragraph).codePoints().forEach(cp -> {
                line.appendCodePoint(cp);
                if (line.codePointCount(0, line.length()) > 1 && width(line.toString(), size) > maxWidth) {
                    int last = line.length() - Character.charCount(cp);
                    int space = line.lastIndexOf(" ", last);
                    int cut = space > 0 && isLatin(line.substring(space + 1)) ? space : last;
                    out.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(cut).stripLeading();
                    line.setLength(0);
                    line.append(rest);
                }
            });
            out.add(line.toString());
        }
        return out;
    }

    private static boolean isLatin(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(cp -> cp < 0x2E80);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            page.setLineWidth(lineWidth);
            page.moveTo(x1, y1);
            page.lineTo(x2, y2);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void shade(float x, float y, float w, float h, float gray) {
        try {
            page.setNonStrokingColor(gray, gray, gray);
            page.addRect(x, y, w, h);
            page.fill();
            page.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float y, float w, float h, float lineWidth) {
        try {
            page.setLineWidth(lineWidth);
            page.addRect(x, y, w, h);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font has no glyph for (emoji, say) print as a geta mark instead of failing the PDF. */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean has;
            try {
                byte[] code = cp >= 0x20 ? font.encode(new String(Character.toChars(cp))) : new byte[0];
                has = code.length == 2;
                if (has) {
                    drawn.put((code[0] & 0xff) << 8 | (code[1] & 0xff), cp);
                }
            } catch (IOException | IllegalArgumentException e) {
                has = false;
            }
            out.appendCodePoint(has ? cp : '〓');
        });
        return out.toString();
    }

    /** Each glyph code shown, with the character it was drawn for (see {@link ToUnicodeRepair}). */
    java.util.Map<Integer, Integer> drawn() {
        return java.util.Map.copyOf(drawn);
    }

    @Override
    public void close() {
        try {
            page.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
