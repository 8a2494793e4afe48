package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The quote PDF in Japanese: its text extracts as written (so the glyphs map back to the right characters), the font
 * is embedded, and the rendered page has ink where the title and the table are. The page is written to
 * target/quote-pdf/ as a PNG for a person to look at.
 */
class QuotePdfTest {

    static Quote sample(int lineCount) {
        List<LineItem> lines = new java.util.ArrayList<>(List.of(
                LineItem.of(null, "名刺印刷 100枚（両面カラー）", 24, "箱", 3_000, 10),
                LineItem.of(null, "封筒 長3 500枚（社名入り）", 12, "箱", 8_500, 10),
                LineItem.of(null, "ノベルティ 焼き菓子詰め合わせ", 200, "箱", 1_200, 8)));
        for (int i = lines.size(); i < lineCount; i++) {
            lines.add(LineItem.of(null, "追加明細 " + i, 1, "式", 1_000, 10));
        }
        return new Quote(UUID.randomUUID(), "Q-2026-000123", 2, UUID.randomUUID(), "名刺・封筒の年間契約",
                UUID.randomUUID(), "株式会社さくら精機", null, "名刺・封筒の年間契約", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 24), "納期：ご発注から5営業日\nお支払い：月末締め翌月末払い", QuoteStatus.DRAFT,
                lines, Totals.of(lines), new Issuer("株式会社シャチホコ商事", "〒460-0008 愛知県名古屋市中区栄三丁目1番1号",
                        "052-000-1234", "T1800001234567", 30, 0), null, "", 0, null, null);
    }

    @Test
    void theJapaneseTextExtractsAsWrittenAndTheFontIsEmbedded() throws Exception {
        byte[] pdf = new QuotePdf().render(sample(3));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Positions become spaces when text is extracted; two or one, it is the same to a reader.
            String text = new PDFTextStripper().getText(doc).replaceAll(" +", " ");
            assertThat(text).contains("封筒 長3 500枚（社名入り）", "御 見 積 書", "株式会社さくら精機 御中", "Q-2026-000123（第2版）",
                    "発行日 2026年11月24日", "有効期限 2026年12月24日", "名刺印刷 100枚（両面カラー）",
                    "ノベルティ 焼き菓子詰め合わせ ※", "※は軽減税率（8%）対象", "登録番号 T1800001234567",
                    "10%対象 ¥174,000", "消費税 ¥17,400", "8%対象（軽減） ¥240,000", "消費税 ¥19,200",
                    "合計（税込）", "¥450,600", "月末締め翌月末払い");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("IPAexGothic");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            Path out = Path.of("target", "quote-pdf");
            Files.createDirectories(out);
            ImageIO.write(page, "png", new File(out.toFile(), "quote-page1.png"));
            // Title band (top ~8%) and the table band have dark pixels; the bottom margin is blank.
            assertThat(darkPixels(page, 0.05, 0.11)).isGreaterThan(200);
            assertThat(darkPixels(page, 0.26, 0.36)).isGreaterThan(500);
            assertThat(darkPixels(page, 0.96, 1.0)).isZero();
        }
    }

    @Test
    void manyLinesContinueOnASecondPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(new QuotePdf().render(sample(40)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("追加明細 39");
        }
    }

    @Test
    void charactersTheFontLacksDoNotBreakThePdf() throws Exception {
        Quote q = sample(3);
        Quote odd = new Quote(q.id(), q.number(), 1, q.dealId(), q.dealName(), q.companyId(), "株式会社😀テスト", null,
                q.title(), q.issuedOn(), q.validUntil(), "", q.status(), q.lines(), q.totals(), q.issuer(), null, "", 0,
                null, null);
        try (PDDocument doc = Loader.loadPDF(new QuotePdf().render(odd))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll(" +", " ")).contains("株式会社〓テスト 御中");
        }
    }

    /** Issue 14: the issuer's address was cut ("…栄三丁目1番1…"); every long text field wraps instead, whole. */
    @Test
    void longTextWrapsAndNothingIsCut() throws Exception {
        String address = "〒460-0008 愛知県名古屋市中区栄三丁目1番1号 シャチホコビル5階 営業本部 第二営業部 東海・北陸担当";
        String issuerName = "株式会社シャチホコ商事ホールディングス 名古屋本社 営業統括本部";
        String recipient = "株式会社さくら精機ホールディングス 関西支社 総務部 購買グループ 御担当者様";
        String title = "名刺・封筒・ノベルティ・会社案内パンフレットの年間契約（2027年度分、全拠点一括）";
        String item = "名刺印刷 100枚（両面カラー、再生紙、角丸加工、箔押し、全社員分の版下修正と校正二回を含む）";
        String notes = "納期：ご発注から5営業日。" + "お支払い：月末締め翌月末払い。".repeat(12) + "以上";
        Quote q = sample(3);
        List<LineItem> lines = new java.util.ArrayList<>(q.lines());
        lines.add(LineItem.of(null, item, 1, "セット（箱入り）", 50_000, 10));
        Quote wordy = new Quote(q.id(), q.number(), 1, q.dealId(), q.dealName(), q.companyId(), recipient, null, title,
                q.issuedOn(), q.validUntil(), notes, q.status(), lines, Totals.of(lines),
                new Issuer(issuerName, address, "052-000-1234", "T1800001234567", 30, 0), null, "", 0, null, null);
        byte[] pdf = new QuotePdf().render(wordy);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Lines break where the page needs them: compare without any spacing.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String whole : List.of(address, issuerName, recipient + "御中", "件名：" + title, item, "セット（箱入り）",
                    notes, "登録番号T1800001234567", "TEL052-000-1234")) {
                assertThat(text).as("the PDF holds all of %s", whole).contains(whole.replaceAll("\\s+", ""));
            }
            assertThat(text).doesNotContain("…");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            Path out = Path.of("target", "quote-pdf");
            Files.createDirectories(out);
            ImageIO.write(page, "png", new File(out.toFile(), "quote-long-text.png"));
        }
    }

    private static int darkPixels(BufferedImage image, double fromY, double toY) {
        int n = 0;
        for (int y = (int) (image.getHeight() * fromY); y < (int) (image.getHeight() * toY); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int gray = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (gray < 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
