package dev.kizuna.cards;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-like fields of a card, found by their shape: e-mail, web address, telephone, fax and mobile numbers
 * (by their label, or 070/080/090 for a mobile), postal code with the address after it, and 法人番号 (13 digits whose
 * check digit must agree). Each comes with a confidence from how certain the shape is and how sure the OCR was.
 */
final class CardNumbers {

    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-]+)\\s?@\\s?([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*)");
    private static final Pattern URL = Pattern.compile(
            "(?i)(https?://)?((?:w{2,3}[a-z]?\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:jp|com|net|org|biz|info|co|io|tokyo)\\b)(/[\\w./-]*)?");
    private static final Pattern PHONE = Pattern.compile("(?:\\+81[- ]?|\\b)(0\\d{1,4})[- .)]{0,2}(\\d{1,4})[- .]{0,2}(\\d{3,4})\\b");
    private static final Pattern POSTAL = Pattern.compile("(〒|T|干|=|\\b)\\s?(\\d{3})\\s?-\\s?(\\d{4})\\b");
    private static final Pattern CORPORATE = Pattern.compile("(法人番号)?\\s*[::]?\\s*(\\d{13})\\b");
    private static final Pattern FAX_LABEL = Pattern.compile("(?i)(fax|ファ[ック]?クス|\\bF\\b)\\W*$");
    private static final Pattern MOBILE_LABEL = Pattern.compile("(?i)(携帯|mobile|cell|\\bM\\b)\\W*$");
    private static final Pattern PREFECTURE = Pattern.compile("(東京都|北海道|大阪府|京都府|\\p{IsHan}{2,3}県)");

    private final Function<String, Optional<String>> postalLookup;

    /** {@code postalLookup}: a 7-digit postal code → prefecture, city and town, when the code exists. */
    CardNumbers(Function<String, Optional<String>> postalLookup) {
        this.postalLookup = postalLookup;
    }

    /** The fields found in the lines, and which lines held them (index → true). */
    Map<CardFieldName, CardField> read(java.util.List<OcrLine> lines, boolean[] used) {
        Map<CardFieldName, CardField> found = new EnumMap<>(CardFieldName.class);
        for (int i = 0; i < lines.size(); i++) {
            OcrLine line = lines.get(i);
            String text = CardText.tidy(line.text());
            int ocr = line.confidence();
            boolean hit = email(text, ocr, found) | url(text, ocr, found) | corporate(text, ocr, found);
            hit |= postal(text, i, lines, ocr, found, used);
            if (!found.containsKey(CardFieldName.POSTAL_CODE) || !text.contains(found.get(CardFieldName.POSTAL_CODE).value())) {
                hit |= phones(text, ocr, found);
            }
            used[i] |= hit;
        }
        sameDomain(found);
        return found;
    }

    private static boolean email(String text, int ocr, Map<CardFieldName, CardField> found) {
        Matcher m = EMAIL.matcher(text.replace(" . ", ".").replace("..", "."));
        if (!m.find()) {
            return false;
        }
        if (found.containsKey(CardFieldName.EMAIL)) {
            return true;
        }
        String local = m.group(1).replaceFirst("^(?i)e-?mail[:.]?", "");
        String domain = commonEnding(m.group(2).toLowerCase());
        boolean dotted = domain.contains(".");
        if (!dotted) {
            domain = domain.replaceFirst("(?<=.)(co|ne|or)?(jp|com|net)$", ".$1.$2").replace("..", ".");
        }
        if (!domain.contains(".")) {
            return false;
        }
        found.put(CardFieldName.EMAIL, new CardField((local + "@" + domain).toLowerCase(), score(dotted ? 85 : 60, ocr)));
        return true;
    }

    private static boolean url(String text, int ocr, Map<CardFieldName, CardField> found) {
        if (text.contains("@") || found.containsKey(CardFieldName.WEBSITE)) {
            return false;
        }
        Matcher m = URL.matcher(webWords(text));
        if (!m.find()) {
            return false;
        }
        String host = commonEnding(m.group(2).toLowerCase().replaceFirst("^w{2,3}[a-z]?\\.", "www."));
        boolean sure = m.group(1) != null || host.startsWith("www.");
        found.put(CardFieldName.WEBSITE, new CardField("https://" + host + (m.group(3) == null ? "" : m.group(3)),
                score(sure ? 85 : 65, ocr)));
        return true;
    }

    /**
     * Words that start with www as the OCR spoils them (wwwr.x, Www.x, wwwx.jp without its dot) made www. and their
     * endings mended, so that the web address's shape can be found.
     */
    static String webWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            String w = word.matches("(?i)w{3}[a-z0-9.,-].*") && !word.contains("@")
                    ? commonEnding(word.toLowerCase().replaceFirst("^w{3,4}(?:[a-z]?[.,])?", "www.")) : word;
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    /**
     * An e-mail whose domain lost a dot to the OCR takes the web address's domain, a web address cut short (x.co for
     * x.co.jp) the e-mail's, and both grow surer when they agree.
     */
    private static void sameDomain(Map<CardFieldName, CardField> found) {
        CardField email = found.get(CardFieldName.EMAIL);
        CardField web = found.get(CardFieldName.WEBSITE);
        if (email == null || web == null) {
            return;
        }
        String host = web.value().replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*", "");
        String domain = email.value().substring(email.value().indexOf('@') + 1);
        if (domain.equals(host)) {
            found.put(CardFieldName.EMAIL, new CardField(email.value(), email.confidence() + 10));
            found.put(CardFieldName.WEBSITE, new CardField(web.value(), web.confidence() + 10));
        } else if (domain.startsWith(host + ".")) {
            found.put(CardFieldName.WEBSITE, new CardField(web.value().replace(host, domain), web.confidence() - 5));
        } else if (domain.replace(".", "").equals(host.replace(".", ""))) {
            found.put(CardFieldName.EMAIL, new CardField(email.value().replace("@" + domain, "@" + host),
                    email.confidence() - 5));
        }
    }

    private static boolean corporate(String text, int ocr, Map<CardFieldName, CardField> found) {
        Matcher m = CORPORATE.matcher(text.replace(" ", "").replace("-", ""));
        if (!m.find()) {
            return false;
        }
        boolean valid = CorporateNumberCheck.valid(m.group(2));
        if (m.group(1) == null && !valid) {
            return false;
        }
        found.put(CardFieldName.CORPORATE_NUMBER, new CardField(m.group(2), score(valid ? 95 : 40, ocr)));
        return true;
    }

    private boolean postal(String text, int index, java.util.List<OcrLine> lines, int ocr,
            Map<CardFieldName, CardField> found, boolean[] used) {
        Matcher m = POSTAL.matcher(text);
        if (found.containsKey(CardFieldName.POSTAL_CODE) || !m.find()) {
            return false;
        }
        boolean marked = !m.group(1).isEmpty() || PREFECTURE.matcher(text).find();
        if (!marked) {
            return false;
        }
        String code = m.group(2) + "-" + m.group(3);
        Optional<String> area = postalLookup.apply(m.group(2) + m.group(3));
        found.put(CardFieldName.POSTAL_CODE, new CardField(code, score(area.isPresent() ? 95 : 60, ocr)));
        String printed = CardText.compact(text.substring(m.end()));
        if (printed.isEmpty() && index + 1 < lines.size()) {
            printed = CardText.compact(CardText.tidy(lines.get(index + 1).text()));
            used[index + 1] = true;
        }
        found.put(CardFieldName.ADDRESS, address(printed, area, ocr));
        return true;
    }

    /** The printed address, its beginning replaced by the postal data's spelling when the OCR garbled it. */
    static CardField address(String printed, Optional<String> area, int ocr) {
        if (area.isEmpty()) {
            return new CardField(printed, score(55, ocr));
        }
        String known = area.get();
        if (printed.startsWith(known)) {
            return new CardField(printed, score(92, ocr));
        }
        Matcher number = Pattern.compile("\\d").matcher(printed);
        String rest = number.find() ? printed.substring(number.start()) : "";
        return new CardField(known + rest, score(70, ocr));
    }

    private static boolean phones(String text, int ocr, Map<CardFieldName, CardField> found) {
        Matcher m = PHONE.matcher(text);
        boolean hit = false;
        int from = 0;
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            if (digits.length() < 10 || digits.length() > 11) {
                continue;
            }
            String before = text.substring(from, m.start());
            from = m.end();
            CardFieldName kind = FAX_LABEL.matcher(before).find() ? CardFieldName.FAX
                    : MOBILE_LABEL.matcher(before).find() || digits.matches("0[789]0\\d{8}") ? CardFieldName.MOBILE
                    : CardFieldName.PHONE;
            boolean labelled = !before.isBlank();
            if (kind == CardFieldName.PHONE && found.containsKey(CardFieldName.PHONE)) {
                kind = CardFieldName.FAX;
                labelled = false;
            }
            if (!found.containsKey(kind)) {
                String shown = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                found.put(kind, new CardField(shown, score(labelled ? 90 : 70, ocr)));
                hit = true;
            }
        }
        return hit;
    }

    /**
     * co.jp and .jp as the OCR tends to spoil them put right: cojjp, co.jjp, corjp → .co.jp; a dot read as j or lost
     * before jp (shigyojjp, seikijp) → .jp (no registry ends a name in "jp" without a dot before it).
     */
    static String commonEnding(String domain) {
        String d = domain.replaceFirst("\\.co[a-z]?\\.?j+p$", ".co.jp").replaceFirst("\\.?co[rj]?j+p$", ".co.jp");
        return d.endsWith(".jp") ? d : d.replaceFirst("(?<=[a-z0-9-])j?jp$", ".jp");
    }

    /** The rule's certainty weighed by the OCR's own (a line read at 60% cannot give a field 90%). */
    static int score(int rule, int ocr) {
        return (int) Math.round(rule * (0.6 + 0.4 * Math.min(100, Math.max(0, ocr)) / 100.0));
    }
}
