package dev.kizuna.dataio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.platform.text.JapaneseText;

/**
 * How a customer file's free text reads as the customer master's values: lists, kind (法人 / 個人), status in the
 * words other CRMs export, and a one-line Japanese address split into prefecture, city and the rest.
 */
final class CompanyValues {

    private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県",
            "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県",
            "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県",
            "大分県", "宮崎県", "鹿児島県", "沖縄県");
    private static final Pattern CITY = Pattern.compile("^(.+?郡.+?[町村]|.+?市.+?区|.+?[市区町村])");

    private CompanyValues() {
    }

    static List<String> list(String raw) {
        String clean = Transforms.clean(raw);
        return clean == null ? List.of()
                : Arrays.stream(clean.split("[,、;；/|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static CompanyKind kind(String raw) {
        String s = Transforms.clean(raw);
        if (s == null) {
            return CompanyKind.COMPANY;
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.contains("個人") || s.contains("individual") || s.contains("person") || s.contains("consumer")) {
            return CompanyKind.INDIVIDUAL;
        }
        if (s.contains("法人") || s.contains("会社") || s.contains("企業") || s.contains("company")
                || s.contains("business") || s.contains("corporat")) {
            return CompanyKind.COMPANY;
        }
        throw new Transforms.Invalid("ImportKind");
    }

    static CompanyStatus status(String raw) {
        String s = Transforms.clean(raw);
        if (s == null) {
            return CompanyStatus.CUSTOMER;
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.contains("former") || s.contains("休眠") || s.contains("停止") || s.contains("解約") || s.contains("終了")
                || s.contains("過去") || s.contains("churn") || s.contains("inactive")) {
            return CompanyStatus.FORMER;
        }
        if (s.contains("prospect") || s.contains("見込") || s.contains("lead") || s.contains("リード") || s.contains("新規")
                || s.contains("商談") || s.contains("opportunity") || s.contains("subscriber") || s.contains("候補")) {
            return CompanyStatus.PROSPECT;
        }
        if (s.contains("customer") || s.contains("顧客") || s.contains("取引中") || s.contains("既存") || s.contains("client")
                || s.contains("契約") || s.contains("得意先") || s.contains("evangelist")) {
            return CompanyStatus.CUSTOMER;
        }
        throw new Transforms.Invalid("ImportStatus");
    }

    /** 東京都千代田区丸の内1-1-1 → 東京都 / 千代田区 / 丸の内1-1-1. */
    static void address(CompanyRows.Draft d, String raw) {
        String s = JapaneseText.asTyped(raw);
        if (s == null || s.isEmpty()) {
            return;
        }
        s = s.replaceFirst("^〒?\\s*[0-9０-９]{3}[-－‐ー]?[0-9０-９]{4}[\\s\u3000]*", "");
        for (String prefecture : PREFECTURES) {
            if (s.startsWith(prefecture)) {
                d.prefecture = prefecture;
                s = s.substring(prefecture.length());
                break;
            }
        }
        Matcher m = CITY.matcher(s);
        if (m.find() && m.end() < s.length()) {
            d.city = m.group(1);
            s = s.substring(m.end());
        }
        d.street = s.strip();
    }
}
