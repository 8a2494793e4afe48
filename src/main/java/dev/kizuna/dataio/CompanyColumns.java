package dev.kizuna.dataio;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kizuna.customers.CustomField;

/**
 * The fields a customers file can fill, and which header names mean which field: Japanese and English as people
 * write them, plus the headers of kintone, Salesforce (Data Export and report CSV) and HubSpot exports, so a person
 * moving from those maps nothing by hand for the common fields. Custom fields match by label, English label or key.
 */
final class CompanyColumns {

    /** Every target in the order the mapping screen offers them. */
    static final List<String> TARGETS = List.of("name", "nameKana", "kind", "status", "corporateNumber", "postalCode",
            "address", "prefecture", "city", "street", "building", "phone", "email", "website", "representative",
            "industry", "employeeCount", "annualRevenue", "leadSource", "ownerId", "tags", "birthday", "emailOptIn",
            "phoneOptIn", "lineOptIn", "externalId");

    /** Fields a customer can be found by to update it. */
    static final List<String> KEYS = List.of("externalId", "corporateNumber", "phone", "email");

    private static final Map<String, String> SYNONYMS = new HashMap<>();

    static {
        synonyms("name", "会社名", "顧客名", "取引先名", "取引先", "社名", "法人名", "企業名", "名称", "お客様名", "顧客", "氏名",
                "name", "company", "companyname", "accountname", "account", "customername", "会社名・氏名");
        synonyms("nameKana", "フリガナ", "ふりがな", "会社名フリガナ", "会社名ふりがな", "会社名カナ", "カナ", "よみがな", "読み",
                "ヨミ", "取引先名カナ", "取引先名フリガナ", "顧客名カナ", "顧客名フリガナ", "氏名フリガナ", "kana", "furigana",
                "namekana", "companynamekana", "accountnamekana", "フリガナ会社名");
        synonyms("kind", "種別", "顧客種別", "法人個人", "法人・個人", "区分", "kind", "customertype");
        synonyms("status", "ステータス", "状態", "顧客ステータス", "取引状況", "status", "lifecyclestage", "ライフサイクルステージ",
                "type", "取引先種別");
        synonyms("corporateNumber", "法人番号", "corporatenumber", "法人番号13桁");
        synonyms("postalCode", "郵便番号", "〒", "zip", "zipcode", "postalcode", "postcode", "billingzippostalcode",
                "billingpostalcode", "請求先郵便番号", "郵便番号請求先", "所在地郵便番号");
        synonyms("address", "住所", "所在地", "本社所在地", "address", "fulladdress", "請求先住所");
        synonyms("prefecture", "都道府県", "prefecture", "state", "stateregion", "billingstateprovince", "billingstate",
                "請求先都道府県", "都道府県請求先", "請求先住所都道府県");
        synonyms("city", "市区町村", "市区郡", "city", "billingcity", "請求先市区郡", "請求先住所市区郡", "市区町村請求先");
        synonyms("street", "町名番地", "番地", "町域番地", "丁目番地", "住所1", "street", "streetaddress", "address1",
                "addressline1", "billingstreet", "townandstreet", "請求先町名番地", "請求先住所町名番地");
        synonyms("building", "建物名", "ビル名", "建物", "住所2", "建物名部屋番号", "building", "address2", "addressline2",
                "streetaddress2");
        synonyms("phone", "電話番号", "電話", "tel", "代表電話", "代表電話番号", "phone", "phonenumber", "telephone",
                "会社電話番号", "電話番号代表", "固定電話");
        synonyms("email", "メールアドレス", "メール", "eメール", "e-mail", "email", "emailaddress", "mail",
                "代表メールアドレス");
        synonyms("website", "ホームページ", "webサイト", "ウェブサイト", "url", "hp", "website", "web", "companydomainname",
                "websiteurl", "ホームページurl", "会社url");
        synonyms("representative", "代表者名", "代表者", "代表取締役", "代表者氏名", "representative", "ceo", "president");
        synonyms("industry", "業種", "業界", "industry");
        synonyms("employeeCount", "従業員数", "社員数", "従業員", "employees", "numberofemployees", "employeecount");
        synonyms("annualRevenue", "年商", "売上高", "年間売上", "年間売上高", "売上", "annualrevenue", "revenue");
        synonyms("leadSource", "流入経路", "リードソース", "獲得経路", "流入元", "きっかけ", "leadsource", "source",
                "accountsource", "originalsource", "取引先ソース");
        synonyms("ownerId", "担当者", "営業担当", "担当営業", "担当", "所有者", "取引先所有者", "担当者名", "owner",
                "accountowner", "companyowner", "recordowner", "ownerid", "担当者メールアドレス", "担当者メール");
        synonyms("tags", "タグ", "tags", "tag", "ラベル");
        synonyms("birthday", "誕生日", "生年月日", "birthday", "birthdate", "dateofbirth");
        synonyms("emailOptIn", "メール配信", "メール配信可", "メルマガ", "メルマガ配信", "emailoptin", "marketingemails");
        synonyms("phoneOptIn", "電話可", "電話連絡可", "phoneoptin");
        synonyms("lineOptIn", "line配信", "line可", "lineoptin");
        synonyms("externalId", "外部id", "顧客コード", "顧客番号", "取引先コード", "得意先コード", "管理番号", "顧客id",
                "レコード番号", "recordid", "id", "accountid", "取引先id", "externalid", "$id", "companyid");
    }

    private static void synonyms(String target, String... headers) {
        for (String header : headers) {
            SYNONYMS.putIfAbsent(key(header), target);
        }
    }

    private CompanyColumns() {
    }

    /** A header folded for matching: NFKC, lower case, without spaces, brackets and punctuation. */
    static String key(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\s_\\-・()\\[\\]【】「」*※:：/／.。、,（）]", "");
    }

    /** The target each column maps to ("" = left out): the first column that names a target gets it. */
    static List<String> autoMatch(List<String> header, List<CustomField> customFields) {
        return autoMatch(header, customFields, Map.of());
    }

    /**
     * As above, also matching Kizuna's own labels of the targets ({@code labels}: label → target, both languages),
     * so a file Kizuna exported imports back without mapping.
     */
    static List<String> autoMatch(List<String> header, List<CustomField> customFields, Map<String, String> labels) {
        Map<String, String> custom = new LinkedHashMap<>();
        for (CustomField field : customFields) {
            custom.putIfAbsent(key(field.label()), field.name());
            if (!field.labelEn().isBlank()) {
                custom.putIfAbsent(key(field.labelEn()), field.name());
            }
            custom.putIfAbsent(key(field.key()), field.name());
        }
        List<String> targets = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String column : header) {
            String k = key(column);
            String target = custom.getOrDefault(k, SYNONYMS.get(k));
            if (target == null) {
                target = labels.entrySet().stream().filter(e -> key(e.getKey()).equals(k)).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            if (target == null || !taken.add(target)) {
                target = "";
            }
            targets.add(target);
        }
        return targets;
    }

    /** Whether the target is one this import understands. */
    static boolean known(String target, List<CustomField> customFields) {
        return target.isEmpty() || TARGETS.contains(target)
                || customFields.stream().anyMatch(f -> f.name().equals(target));
    }

    /** The export software whose headers these look like, for the mapping screen to say so; null when none. */
    static String recognisedSource(List<String> header) {
        List<String> keys = header.stream().map(CompanyColumns::key).toList();
        if (keys.contains("recordid") && (keys.contains("companyname") || keys.contains("companydomainname"))) {
            return "hubspot";
        }
        if (keys.contains("billingstreet") || keys.contains("accountname") || keys.contains("取引先所有者")
                || keys.contains("取引先id")) {
            return "salesforce";
        }
        if (keys.contains("レコード番号") || keys.contains("$id")) {
            return "kintone";
        }
        return null;
    }
}
