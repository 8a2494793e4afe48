package dev.kizuna.platform.search;

import java.util.regex.Pattern;

import dev.kizuna.platform.text.JapaneseText;

/**
 * What someone typed in the header search, folded the way stored search keys are ({@link JapaneseText#searchKey}):
 * half-width and full-width alike, katakana and hiragana alike, without spaces and hyphens — and without the legal
 * form of a company (株式会社, (株), ㈱, 有限会社 …), so that "(株)さくら" finds 株式会社さくら精機.
 *
 * @param typed what was typed, trimmed
 * @param key   the folded key, without legal forms; empty when nothing is left to search for
 */
public record SearchText(String typed, String key) {

    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "株式会社|有限会社|合同会社|合名会社|合資会社|一般社団法人|一般財団法人|医療法人社団|医療法人|税理士法人|"
                    + "\\(株\\)|\\(有\\)|\\(同\\)");

    public static SearchText of(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        String normalized = JapaneseText.normalize(trimmed);
        String withoutForms = normalized == null ? "" : LEGAL_FORMS.matcher(normalized).replaceAll("");
        return new SearchText(trimmed, JapaneseText.searchKey(withoutForms));
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** The number of characters of the folded key (two-character searches go through bigram indexes). */
    public int length() {
        return key.codePointCount(0, key.length());
    }

    /** The key as a LIKE pattern matching it anywhere ({@code escape '\'}). */
    public String contains() {
        return "%" + escaped() + "%";
    }

    /** The key as a LIKE pattern matching it at the start ({@code escape '\'}). */
    public String prefix() {
        return escaped() + "%";
    }

    private String escaped() {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
