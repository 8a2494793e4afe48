package dev.kizuna.cards;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a card: the company (by its legal form: 株式会社, (株), 有限会社, Co., Ltd. …, with the abbreviations
 * written out), the department and the title (by the words they end in), the printed reading (a katakana or hiragana
 * line) and the person's name: the tallest remaining line that looks like a Japanese name.
 */
final class CardNames {

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "株式会社|有限会社|合同会社|合資会社|合名会社|(一般|公益)(社団|財団)法人|医療法人|学校法人|社会福祉法人|NPO法人|特定非営利活動法人"
                    + "|\\(?[株有同]\\)|\\([株有同]\\)?|(?i)co\\.?,? ?ltd|inc\\.|corporation|k\\.k\\.");
    private static final Pattern ABBREVIATED = Pattern.compile("\\(?([株有同])\\)|\\(([株有同])\\)?");
    private static final Pattern TITLE = Pattern.compile(
            "(代表取締役社長|代表取締役|取締役社長|専務取締役|常務取締役|取締役|執行役員|代表理事|理事長|理事|社長|副社長|会長|専務|常務"
                    + "|本部長|事業部長|部長代理|副部長|部長|次長|課長代理|課長|係長|主任|主査|室長|所長|支店長|店長|工場長"
                    + "|マネージャー|マネジャー|リーダー|チーフ|ディレクター|プロデューサー|エンジニア|コンサルタント|デザイナー"
                    + "|スペシャリスト|アシスタント|担当|顧問|秘書|(?i)manager|director|ceo|cto|president)$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            ".*(部|課|室|本部|事業部|局|グループ|センター|支店|支社|営業所|工場|チーム|ユニット|(?i)division|department|dept\\.?)$");

    private final Readings readings;

    CardNames(Readings readings) {
        this.readings = readings;
    }

    Map<CardFieldName, CardField> read(List<OcrLine> lines, boolean[] used) {
        Map<CardFieldName, CardField> found = new EnumMap<>(CardFieldName.class);
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            String text = CardText.tidy(lines.get(i).text()).replaceAll("^[・\\s]+|[・\\s]+$", "");
            int ocr = lines.get(i).confidence();
            if (!found.containsKey(CardFieldName.COMPANY) && LEGAL_FORM.matcher(text).find()) {
                found.put(CardFieldName.COMPANY, new CardField(company(text), CardNumbers.score(92, ocr)));
                used[i] = true;
            } else if (!found.containsKey(CardFieldName.NAME_KANA)
                    && (CardText.isKatakana(text) || CardText.isHiragana(text))) {
                found.put(CardFieldName.NAME_KANA, new CardField(CardText.toKatakana(text), CardNumbers.score(85, ocr)));
                used[i] = true;
            } else {
                used[i] = roles(text, ocr, found);
            }
        }
        name(lines, used, found);
        return found;
    }

    /** (株)みらい企画 → 株式会社みらい企画; みらい企画(株) → みらい企画株式会社. */
    static String company(String text) {
        Matcher m = ABBREVIATED.matcher(CardText.compact(text).length() == text.length() ? text : text.strip());
        String written = m.replaceAll(r -> switch (r.group(1) != null ? r.group(1) : r.group(2)) {
            case "株" -> "株式会社";
            case "有" -> "有限会社";
            default -> "合同会社";
        });
        return written.replaceAll("(?<=[^\\x00-\\x7F]) (?=[^\\x00-\\x7F])", "").strip();
    }

    /** A line of department and title words, e.g. 「技術本部 開発課 課長」: the title is the last word that is one. */
    private static boolean roles(String text, int ocr, Map<CardFieldName, CardField> found) {
        if (text.matches(".*[0-9@].*") || CardText.japaneseShare(text) < 0.6) {
            return false;
        }
        String[] words = text.split(" ");
        StringBuilder department = new StringBuilder();
        String title = null;
        for (String word : words) {
            Matcher t = TITLE.matcher(word);
            if (t.find() && title == null) {
                String head = word.substring(0, t.start());
                if (!head.isEmpty()) {
                    department.append(department.isEmpty() ? "" : " ").append(head);
                }
                title = t.group(1);
            } else if (DEPARTMENT.matcher(word).matches()) {
                department.append(department.isEmpty() ? "" : " ").append(word);
            } else {
                return false;
            }
        }
        boolean any = false;
        if (title != null && !found.containsKey(CardFieldName.TITLE)) {
            found.put(CardFieldName.TITLE, new CardField(title, CardNumbers.score(85, ocr)));
            any = true;
        }
        if (!department.isEmpty() && !found.containsKey(CardFieldName.DEPARTMENT)) {
            found.put(CardFieldName.DEPARTMENT, new CardField(department.toString(), CardNumbers.score(80, ocr)));
            any = true;
        }
        return any;
    }

    /** The tallest unused line of 2–10 Japanese characters; its reading checked against the printed one. */
    private void name(List<OcrLine> lines, boolean[] used, Map<CardFieldName, CardField> found) {
        int best = -1;
        int secondHeight = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = CardText.tidy(lines.get(i).text());
            int length = CardText.compact(text).length();
            if (used[i] || length < 2 || length > 10 || CardText.japaneseShare(text) < 0.99
                    || lines.get(i).confidence() < 60) {
                continue;
            }
            if (best < 0 || lines.get(i).height() > lines.get(best).height()) {
                secondHeight = best < 0 ? secondHeight : lines.get(best).height();
                best = i;
            } else {
                secondHeight = Math.max(secondHeight, lines.get(i).height());
            }
        }
        if (best < 0) {
            return;
        }
        OcrLine line = lines.get(best);
        String name = personName(line.text());
        boolean tallest = line.height() >= secondHeight * 1.3;
        String suggested = readings.of(name).orElse(null);
        CardField printed = found.get(CardFieldName.NAME_KANA);
        boolean agrees = printed != null && suggested != null
                && CardText.compact(printed.value()).equals(CardText.compact(suggested));
        found.put(CardFieldName.NAME, new CardField(name, CardNumbers.score(agrees ? 97 : tallest ? 85 : 65,
                line.confidence())));
        if (printed == null && suggested != null) {
            found.put(CardFieldName.NAME_KANA, new CardField(suggested, 55));
        } else if (agrees) {
            found.put(CardFieldName.NAME_KANA, new CardField(printed.value(), printed.confidence() + 10));
        }
        used[best] = true;
    }

    /** Family and given name with one space between them when the card set them apart. */
    static String personName(String raw) {
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).strip();
        String[] parts = text.split("[\\s\u3000]+");
        return parts.length == 2 ? parts[0] + " " + parts[1] : CardText.compact(text);
    }
}
