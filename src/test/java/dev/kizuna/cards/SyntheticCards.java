package dev.kizuna.cards;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Japanese business cards drawn with Java2D and Noto Sans CJK, with the fields they carry known: the test and the
 * benchmark's ground truth. Layouts: classic horizontal, company-at-bottom horizontal, and vertical (縦書き); each
 * may be turned a little and carry speckle noise, like a photo.
 */
final class SyntheticCards {

    static final int WIDTH = 1075;
    static final int HEIGHT = 650;

    enum Layout { CLASSIC, COMPANY_BELOW, VERTICAL }

    /** The fields printed on a card, as a reader should get them back. */
    record Card(String company, String department, String title, String name, String reading, String postalCode,
            String address, String phone, String fax, String mobile, String email, String url,
            String corporateNumber, Layout layout, double degrees, double noise) {
    }

    private static final String[] COMPANIES = {"株式会社山田商事", "東和精機株式会社", "(株)みらい企画", "有限会社青葉工業",
            "株式会社北斗システム", "中央物産株式会社", "合同会社さくら研究所", "株式会社大和テクノ", "日本橋紙業株式会社",
            "株式会社丸の内コンサルティング"};
    private static final String[][] NAMES = {{"山田 太郎", "ヤマダ タロウ"}, {"佐藤 花子", "サトウ ハナコ"},
            {"鈴木 一郎", "スズキ イチロウ"}, {"高橋 美咲", "タカハシ ミサキ"}, {"田中 健太", "タナカ ケンタ"},
            {"伊藤 直樹", "イトウ ナオキ"}, {"渡辺 由美", "ワタナベ ユミ"}, {"中村 大輔", "ナカムラ ダイスケ"},
            {"小林 恵", "コバヤシ メグミ"}, {"加藤 誠", "カトウ マコト"}, {"吉田 翔太", "ヨシダ ショウタ"}};
    private static final String[] DEPARTMENTS = {"営業部", "第一営業部", "経営企画室", "技術本部 開発課", "総務部",
            "カスタマーサクセス部"};
    private static final String[] TITLES = {"部長", "課長", "主任", "代表取締役", "マネージャー", "係長"};
    private static final String[][] PLACES = {{"100-0005", "東京都千代田区丸の内", "1-1-1 丸の内ビル5階"},
            {"150-0002", "東京都渋谷区渋谷", "2-21-1"}, {"530-0001", "大阪府大阪市北区梅田", "3-1-3"},
            {"460-0008", "愛知県名古屋市中区栄", "4-5-6"}, {"810-0001", "福岡県福岡市中央区天神", "1-2-3"},
            {"220-0012", "神奈川県横浜市西区みなとみらい", "2-3-1"}, {"980-0021", "宮城県仙台市青葉区中央", "1-6-35"},
            {"104-0061", "東京都中央区銀座", "4-6-16"}, {"160-0023", "東京都新宿区西新宿", "2-8-1"}};
    private static final String[] DOMAINS = {"yamada-shoji.co.jp", "towa-seiki.jp", "mirai-kikaku.com",
            "aoba-kogyo.co.jp", "hokuto-sys.jp", "chuo-bussan.co.jp", "sakura-lab.jp", "yamato-techno.co.jp",
            "nihonbashi-shigyo.jp", "marunouchi-c.com"};
    private static final String[] LOCALS = {"t.yamada", "hanako.sato", "suzuki", "m.takahashi", "k-tanaka",
            "naoki.ito", "y_watanabe", "nakamura", "kobayashi.m", "makoto.kato", "yoshida"};

    private SyntheticCards() {
    }

    /** {@code count} different cards, the same ones for the same seed. */
    static List<Card> sample(int count, long seed) {
        Random r = new Random(seed);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int c = i % COMPANIES.length;
            String[] person = NAMES[(i * 7 + 3) % NAMES.length];
            String[] place = PLACES[r.nextInt(PLACES.length)];
            Layout layout = Layout.values()[i % 3];
            String area = String.format("%02d", 10 + r.nextInt(80));
            String phone = "03-" + (1000 + r.nextInt(9000)) + "-" + (1000 + r.nextInt(9000));
            phone = place[1].startsWith("東京") ? phone : "0" + (area.charAt(0) == '0' ? "6" : area) + "-"
                    + (100 + r.nextInt(900)) + "-" + (1000 + r.nextInt(9000));
            String fax = r.nextBoolean() ? phone.substring(0, phone.length() - 4) + (1000 + r.nextInt(9000)) : null;
            String mobile = r.nextInt(3) > 0 ? "090-" + (1000 + r.nextInt(9000)) + "-" + (1000 + r.nextInt(9000)) : null;
            String corporate = i % 4 == 0 ? corporateNumber(r) : null;
            cards.add(new Card(COMPANIES[c], DEPARTMENTS[r.nextInt(DEPARTMENTS.length)], TITLES[r.nextInt(TITLES.length)],
                    person[0], person[1], place[0], place[1] + place[2], phone, fax, mobile,
                    LOCALS[(i * 7 + 3) % LOCALS.length] + "@" + DOMAINS[c], "https://www." + DOMAINS[c], corporate,
                    layout, (r.nextDouble() - 0.5) * 4, r.nextDouble() * 0.02));
        }
        return cards;
    }

    /** A valid 法人番号: the check digit first. */
    static String corporateNumber(Random r) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append(r.nextInt(10));
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (body.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + body.toString();
    }

    static byte[] png(Card card) {
        return encode(render(card), "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage render(Card card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(new Color(250, 249, 245));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(25, 25, 30));
        switch (card.layout()) {
            case CLASSIC -> classic(g, card);
            case COMPANY_BELOW -> companyBelow(g, card);
            case VERTICAL -> vertical(g, card);
        }
        g.dispose();
        return photographed(image, card);
    }

    private static void classic(Graphics2D g, Card c) {
        text(g, c.company(), 60, 90, 40);
        text(g, c.department() + "  " + c.title(), 60, 170, 28);
        text(g, c.reading(), 330, 240, 22);
        text(g, c.name(), 330, 310, 64);
        contactLines(g, c, 60, 420, 24);
    }

    private static void companyBelow(Graphics2D g, Card c) {
        text(g, c.title(), 80, 90, 26);
        text(g, c.department(), 80, 130, 26);
        text(g, c.name(), 80, 215, 60);
        text(g, c.reading(), 80, 262, 22);
        g.setStroke(new BasicStroke(3));
        g.drawLine(60, 300, WIDTH - 60, 300);
        text(g, c.company(), 80, 360, 38);
        contactLines(g, c, 80, 420, 22);
    }

    private static void contactLines(Graphics2D g, Card c, int x, int y, int size) {
        List<String> lines = new ArrayList<>();
        lines.add("〒" + c.postalCode() + " " + c.address());
        lines.add("TEL " + c.phone() + (c.fax() == null ? "" : "  FAX " + c.fax()));
        if (c.mobile() != null) {
            lines.add("携帯 " + c.mobile());
        }
        lines.add("E-mail " + c.email());
        lines.add(c.url().replace("https://", ""));
        if (c.corporateNumber() != null) {
            lines.add("法人番号 " + c.corporateNumber());
        }
        int step = Math.min(size + 12, (HEIGHT - 20 - y) / Math.max(1, lines.size() - 1));
        for (String line : lines) {
            text(g, line, x, y, size);
            y += step;
        }
    }

    /** Columns right to left, top to bottom; the contact details run across the bottom, as on many real cards. */
    private static void vertical(Graphics2D g, Card c) {
        int x = WIDTH - 90;
        column(g, c.company().replace("(", "︵").replace(")", "︶"), x, 60, 38);
        column(g, c.department() + " " + c.title(), x - 90, 80, 28);
        column(g, c.name(), x - 230, 90, 62);
        column(g, c.reading(), x - 310, 90, 22);
        List<String> lines = new ArrayList<>();
        lines.add("〒" + c.postalCode() + " " + c.address());
        lines.add("TEL " + c.phone() + (c.mobile() == null ? "" : "  携帯 " + c.mobile()));
        if (c.fax() != null) {
            lines.add("FAX " + c.fax());
        }
        lines.add("E-mail " + c.email());
        lines.add(c.url().replace("https://", ""));
        if (c.corporateNumber() != null) {
            lines.add("法人番号 " + c.corporateNumber());
        }
        int y = HEIGHT - 30 - 28 * (lines.size() - 1);
        for (String line : lines) {
            text(g, line, 40, y, 18);
            y += 28;
        }
    }

    private static void column(Graphics2D g, String text, int x, int y, int size) {
        g.setFont(font(size));
        int step = (int) (size * 1.08);
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            if (ch.isBlank()) {
                y += step / 2;
                continue;
            }
            if ("ー,".contains(ch)) {
                AffineTransform saved = g.getTransform();
                g.rotate(Math.PI / 2, x + size / 2.0, y - size / 2.0);
                g.drawString(ch, x, y);
                g.setTransform(saved);
            } else {
                g.drawString(ch, x, y);
            }
            y += step;
        }
    }

    private static void text(Graphics2D g, String s, int x, int y, int size) {
        g.setFont(font(size));
        g.drawString(s, x, y);
    }

    static Font font(int size) {
        return dev.kizuna.support.Postcards.font(size);
    }

    /** Turned a little on a darker desk, with dust specks. */
    private static BufferedImage photographed(BufferedImage card, Card c) {
        int margin = 60;
        BufferedImage photo = new BufferedImage(WIDTH + 2 * margin, HEIGHT + 2 * margin, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(205, 205, 200));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.rotate(Math.toRadians(c.degrees()), photo.getWidth() / 2.0, photo.getHeight() / 2.0);
        g.drawImage(card, margin, margin, null);
        g.dispose();
        Random r = new Random(c.name().hashCode() * 31L + c.email().hashCode());
        int specks = (int) (photo.getWidth() * photo.getHeight() * c.noise() / 20);
        for (int i = 0; i < specks; i++) {
            int v = r.nextBoolean() ? 40 : 235;
            photo.setRGB(r.nextInt(photo.getWidth()), r.nextInt(photo.getHeight()), new Color(v, v, v).getRGB());
        }
        return photo;
    }

    /** A card turned a quarter, half or three quarters round, as a phone may save it. */
    static BufferedImage turned(BufferedImage image, int quarters) {
        BufferedImage out = image;
        for (int i = 0; i < quarters; i++) {
            BufferedImage next = new BufferedImage(out.getHeight(), out.getWidth(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    next.setRGB(out.getHeight() - 1 - y, x, out.getRGB(x, y));
                }
            }
            out = next;
        }
        return out;
    }

    /** Writes a few cards as PNG for a look by eye: {@code java SyntheticCards.java <dir>}. */
    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "target/cards");
        dir.mkdirs();
        int i = 0;
        for (Card card : sample(Integer.parseInt(args.length > 1 ? args[1] : "6"), 7)) {
            ImageIO.write(render(card), "png", new File(dir, "card-" + i++ + ".png"));
        }
    }
}
