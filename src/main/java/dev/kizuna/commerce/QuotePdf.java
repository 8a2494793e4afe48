package dev.kizuna.commerce;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Prints a quote as a Japanese 御見積書 on A4 in the qualified-invoice layout: recipient with 御中, the total with
 * tax, the issuer and its registration number (when it has one), the lines with ※ on reduced-rate ones, and per
 * tax rate the total and its tax. The font is IPAexGothic, bundled (see {@code commerce/fonts/}) and embedded as a
 * subset, so the PDF reads the same on every machine.
 */
@Component
class QuotePdf {

    static final String FONT = "/commerce/fonts/ipaexg.ttf";
    private static final float LEFT = 40;
    private static final float RIGHT = PdfCanvas.WIDTH - 40;
    private static final float ROW = 18;
    /** Between the lines of one wrapped table row. */
    private static final float WRAPPED = 12;

    private final byte[] font;

    QuotePdf() {
        try (InputStream in = QuotePdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " missing from the jar");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(Quote q) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("御見積書 " + q.label());
            info.setCreator("Kizuna");
            PDType0Font jp = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            java.util.Map<Integer, Integer> drawn;
            try (PdfCanvas c = new PdfCanvas(doc, jp)) {
                float y = header(c, q);
                y = lines(c, q, y);
                y = totals(c, q, y);
                notes(c, q, y);
                drawn = c.drawn();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return ToUnicodeRepair.repair(out.toByteArray(), drawn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title block; returns where the table starts, below whichever column (customer or issuer) is longer. */
    private float header(PdfCanvas c, Quote q) {
        c.center(790, 22, "御 見 積 書");
        c.right(RIGHT, 760, 9, "見積番号  " + q.number() + (q.revision() > 1 ? "（第" + q.revision() + "版）" : ""));
        c.right(RIGHT, 746, 9, "発行日  " + date(q.issuedOn()));
        c.right(RIGHT, 732, 9, "有効期限  " + date(q.validUntil()));

        float y = 720 + 18;
        for (String part : c.wrap(q.recipientName() + "  御中", 14, 290)) {
            y -= 18;
            c.text(LEFT, y, 14, part);
        }
        c.line(LEFT, y - 5, LEFT + 290, y - 5, 0.8f);
        y -= 24 - 13;
        for (String part : c.wrap("件名：" + q.title(), 10, 290)) {
            y -= 13;
            c.text(LEFT, y, 10, part);
        }
        y -= 18;
        c.text(LEFT, y, 9, "下記のとおりお見積り申し上げます。");
        float box = y - 42;
        c.shade(LEFT, box, 290, 30, 0.92f);
        c.box(LEFT, box, 290, 30, 0.8f);
        c.text(LEFT + 8, box + 10, 11, "御見積金額（税込）");
        c.right(LEFT + 282, box + 9, 16, yen(q.totals().total()) + "-");

        return Math.min(610, Math.min(box, issuer(c, q.issuer())) - 26);
    }

    /** The issuer's name, address, phone and registration number, each wrapped (never cut); returns the last line's y. */
    private float issuer(PdfCanvas c, Issuer issuer) {
        float iy = 712 + 14;
        float width = RIGHT - 360;
        for (String part : c.wrap(issuer.name(), 11, width)) {
            iy -= 14;
            c.text(360, iy, 11, part);
        }
        for (String field : new String[] {issuer.address(), issuer.phone().isEmpty() ? "" : "TEL " + issuer.phone(),
                issuer.registrationNumber().isEmpty() ? "" : "登録番号 " + issuer.registrationNumber()}) {
            if (!field.isEmpty()) {
                for (String part : c.wrap(field, 8.5f, width)) {
                    iy -= 14;
                    c.text(360, iy, 8.5f, part);
                }
            }
        }
        return iy;
    }

    private float lines(PdfCanvas c, Quote q, float top) {
        float y = tableHeader(c, top);
        for (LineItem l : q.lines()) {
            // A long item name or unit wraps onto more lines of the same row; nothing is cut.
            java.util.List<String> name = c.wrap(l.description() + (l.reducedRate() ? " ※" : ""), 9, 270);
            java.util.List<String> unit = c.wrap(l.unit(), 9, 30);
            int lines = Math.max(name.size(), unit.size());
            if (y - (lines - 1) * WRAPPED < 170) {
                c.newPage();
                y = tableHeader(c, 800);
            }
            c.right(355, y, 9, NumberFormat.getIntegerInstance(Locale.JAPAN).format(l.quantity()));
            c.right(465, y, 9, yen(l.unitPrice()));
            c.right(RIGHT - 4, y, 9, yen(l.amount()));
            for (int i = 0; i < name.size(); i++) {
                c.text(LEFT + 4, y - i * WRAPPED, 9, name.get(i));
            }
            for (int i = 0; i < unit.size(); i++) {
                c.text(362, y - i * WRAPPED, 9, unit.get(i));
            }
            y -= (lines - 1) * WRAPPED;
            c.line(LEFT, y - 5, RIGHT, y - 5, 0.3f);
            y -= ROW;
        }
        return y;
    }

    private static float tableHeader(PdfCanvas c, float y) {
        c.shade(LEFT, y - 5, RIGHT - LEFT, ROW, 0.85f);
        c.text(LEFT + 4, y, 9, "品名");
        c.right(355, y, 9, "数量");
        c.text(362, y, 9, "単位");
        c.right(465, y, 9, "単価");
        c.right(RIGHT - 4, y, 9, "金額");
        return y - ROW;
    }

    private float totals(PdfCanvas c, Quote q, float y) {
        Totals t = q.totals();
        if (t.hasReducedRate()) {
            c.text(LEFT + 4, y, 8, "※は軽減税率（8%）対象");
        }
        float x = 330;
        y -= 4;
        c.text(x, y, 9, "小計（税抜）");
        c.right(RIGHT - 4, y, 9, yen(t.subtotal()));
        for (Totals.RateTotal r : t.rates()) {
            y -= 14;
            String label = r.rate() == 0 ? "非課税対象" : r.rate() + "%対象" + (r.reduced() ? "（軽減）" : "");
            c.text(x, y, 8.5f, label + "  " + yen(r.base()));
            c.right(RIGHT - 4, y, 8.5f, r.rate() == 0 ? "" : "消費税 " + yen(r.tax()));
        }
        y -= 16;
        c.line(x, y + 11, RIGHT, y + 11, 0.5f);
        c.text(x, y, 10, "合計（税込）");
        c.right(RIGHT - 4, y, 10, yen(t.total()));
        return y - 28;
    }

    private void notes(PdfCanvas c, Quote q, float y) {
        if (q.notes().isBlank()) {
            return;
        }
        if (y < 80) {
            c.newPage();
            y = 800;
        }
        c.text(LEFT, y, 9, "備考");
        c.line(LEFT, y - 4, RIGHT, y - 4, 0.5f);
        y -= 18;
        for (String part : c.wrap(q.notes(), 9, RIGHT - LEFT - 8)) {
            if (y < 40) {
                c.newPage();
                y = 800;
            }
            c.text(LEFT + 4, y, 9, part);
            y -= 13;
        }
    }

    static String yen(long amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
