package dev.kizuna.marketing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The merge fields a template may hold, written {@code {{氏名}}} or by their English name {@code {{name}}}: each
 * becomes the recipient's value when the mail is made. A name that is neither is refused when the template is saved.
 */
final class MergeFields {

    /** 氏名 the person (an individual customer, or a company's primary contact), 会社名 the customer's name, … */
    static final List<String> NAMES = List.of("氏名", "会社名", "次回お届け日", "定期便", "Fステージ", "購入回数",
            "最終購入日", "送信者名", "配信停止URL");
    /** Each field's English name, in the order of {@link #NAMES}: an English page shows and takes these. */
    static final List<String> ENGLISH_NAMES = List.of("name", "company", "nextDelivery", "subscription", "fStage",
            "purchaseCount", "lastPurchase", "senderName", "unsubscribeUrl");
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private MergeFields() {
    }

    /** The names a reader of the language sees in the list of fields (both languages' names work in any template). */
    static List<String> shownTo(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? NAMES : ENGLISH_NAMES;
    }

    /** The fields as a reader of the language would list them in a sentence. */
    static String listedFor(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? String.join("、", NAMES) : String.join(", ", shownTo(locale));
    }

    /** The field's Japanese name for either of its names; null when it is no field. */
    private static String canonical(String written) {
        int english = ENGLISH_NAMES.indexOf(written);
        return NAMES.contains(written) ? written : english < 0 ? null : NAMES.get(english);
    }

    /** The names in the text that are not merge fields, in order of appearance. */
    static List<String> unknown(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (canonical(m.group(1)) == null && !out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The text with each field replaced by its value (HTML-escaped in HTML); a missing value becomes empty. */
    static String render(String text, Map<String, String> values, boolean html) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = canonical(m.group(1));
            String value = field == null ? "" : values.getOrDefault(field, "");
            m.appendReplacement(out, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
