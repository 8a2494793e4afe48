package dev.kizuna.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Customers that read like real Japanese SMB customers (all fictional): 36 companies across the country with
 * real postal codes (address filled from the bundled postal data), valid corporate numbers, representatives
 * and two contacts each, plus 8 individual customers of a D2C cosmetics shop (seed 002) tagged 定期便: the sample
 * gives business deals, quotes and orders to the companies only, and D2C contacts (postcards, delivery changes) to the
 * individuals.
 */
@Component
class CustomersSampleData implements SampleData {

    private record Sample(String name, String kana, String industry, int employees, String postal, String street,
            String phone, String representative, String owner, String status, String source) {
    }

    private static final List<Sample> COMPANIES = List.of(
            new Sample("株式会社さくら精機", "サクラセイキ", "製造業", 85, "1440052", "3-12-5", "03-3736-1180", "桜井 健一", "tanaka", "CUSTOMER", "展示会"),
            new Sample("東海フーズ株式会社", "トウカイフーズ", "食品製造", 140, "4500002", "4-7-1 名駅ビル5F", "052-561-2201", "加藤 勝", "yoshimura", "CUSTOMER", "紹介"),
            new Sample("株式会社みなと物流", "ミナトブツリュウ", "運輸・物流", 230, "2200012", "2-3-1", "045-222-3180", "港 浩二", "ouchi", "CUSTOMER", "Web問い合わせ"),
            new Sample("北斗システム株式会社", "ホクトシステム", "情報通信", 48, "0600001", "5-1 札幌北ビル8F", "011-231-4455", "北村 聡", "kumakura", "PROSPECT", "Web問い合わせ"),
            new Sample("有限会社山田印刷", "ヤマダインサツ", "印刷", 12, "1620041", "1-2-3", "03-3260-7712", "山田 茂", "matsuo", "CUSTOMER", "既存客紹介"),
            new Sample("株式会社青葉建設", "アオバケンセツ", "建設", 64, "9800021", "2-1-15", "022-262-3301", "青葉 隆", "yoshimura", "CUSTOMER", "展示会"),
            new Sample("合同会社ひかりデザイン", "ヒカリデザイン", "デザイン", 6, "1500002", "2-21-1 渋谷ヒカリエ", "03-6427-8120", "光岡 真奈", "nakano", "PROSPECT", "SNS"),
            new Sample("株式会社大和商事", "ヤマトショウジ", "卸売", 37, "5300001", "1-3-1", "06-6341-2250", "大和 正樹", "tanaka", "CUSTOMER", "電話"),
            new Sample("京都和菓子本舗株式会社", "キョウトワガシホンポ", "食品製造", 52, "6008216", "東塩小路町 721-1", "075-342-1100", "京野 宗一", "ouchi", "CUSTOMER", "紹介"),
            new Sample("株式会社なにわ不動産", "ナニワフドウサン", "不動産", 18, "5420076", "2-8-12", "06-6211-4130", "難波 一郎", "kumakura", "FORMER", "電話"),
            new Sample("株式会社博多ラボ", "ハカタラボ", "情報通信", 29, "8120011", "3-4-5 博多駅前ビル", "092-441-3366", "博田 翔", "nakano", "PROSPECT", "Web問い合わせ"),
            new Sample("医療法人社団 札幌デンタルクリニック", "サッポロデンタルクリニック", "医療", 22, "0640810", "18-1-2", "011-512-8020", "札谷 理恵", "matsuo", "CUSTOMER", "Web問い合わせ"),
            new Sample("株式会社杜の都ホーム", "モリノミヤコホーム", "住宅", 75, "9800811", "1-6-35", "022-225-6677", "森 義男", "yoshimura", "CUSTOMER", "展示会"),
            new Sample("広島オート株式会社", "ヒロシマオート", "自動車販売", 110, "7300011", "6-78", "082-221-5050", "広田 昭", "ouchi", "CUSTOMER", "既存客紹介"),
            new Sample("株式会社ことぶき介護", "コトブキカイゴ", "介護・福祉", 96, "3300854", "1-7-5", "048-641-2929", "寿 和子", "kumakura", "PROSPECT", "セミナー"),
            new Sample("税理士法人アルファ会計", "アルファカイケイ", "士業", 15, "1000005", "1-6-1 丸の内センタービル", "03-3211-7070", "有田 誠司", "tanaka", "CUSTOMER", "紹介"),
            new Sample("株式会社つばさ旅行", "ツバサリョコウ", "旅行", 33, "4600008", "3-15-33", "052-262-0808", "翼 健太", "nakano", "FORMER", "電話"),
            new Sample("株式会社グリーンファーム", "グリーンファーム", "農業", 41, "3990001", "1200", "0263-48-1122", "緑川 大地", "matsuo", "PROSPECT", "展示会"),
            new Sample("株式会社まるや酒店", "マルヤサケテン", "小売", 9, "1110032", "2-3-1", "03-3841-5560", "丸谷 清", "yoshimura", "CUSTOMER", "既存客紹介"),
            new Sample("株式会社ネクストリンク", "ネクストリンク", "情報通信", 58, "1600023", "6-8-1 新宿オークタワー", "03-5322-1188", "根岸 拓也", "ouchi", "CUSTOMER", "Web問い合わせ"),
            new Sample("株式会社しまなみ水産", "シマナミスイサン", "水産", 27, "7220035", "1-2-8", "0848-22-4141", "島田 浩", "kumakura", "CUSTOMER", "紹介"),
            new Sample("株式会社いろは化粧品", "イロハケショウヒン", "化粧品", 44, "1070062", "5-2-1", "03-6712-3300", "伊呂波 美香", "tanaka", "CUSTOMER", "展示会"),
            new Sample("株式会社はなまる保育", "ハナマルホイク", "教育・保育", 120, "2600015", "2-1-1", "043-224-8181", "花丸 陽子", "nakano", "PROSPECT", "セミナー"),
            new Sample("株式会社東京ロジック", "トウキョウロジック", "コンサルティング", 19, "1050011", "4-2-8", "03-5401-2020", "東 慎也", "matsuo", "CUSTOMER", "紹介"),
            new Sample("株式会社ふじ観光", "フジカンコウ", "観光", 63, "4180011", "1-10", "0544-22-1500", "富士川 忠", "yoshimura", "FORMER", "電話"),
            new Sample("株式会社みらい電機", "ミライデンキ", "製造業", 310, "5900077", "2-1-1", "072-233-7711", "未来 亮", "ouchi", "CUSTOMER", "展示会"),
            new Sample("株式会社かもめ書房", "カモメショボウ", "出版", 11, "1010051", "2-5", "03-3291-4646", "鴎 文子", "kumakura", "PROSPECT", "SNS"),
            new Sample("株式会社美濃陶器", "ミノトウキ", "製造業", 38, "5070033", "3-21", "0572-22-3030", "美濃部 茂雄", "tanaka", "CUSTOMER", "展示会"),
            new Sample("株式会社ライズ人材", "ライズジンザイ", "人材サービス", 72, "4600003", "1-18-24", "052-201-9090", "頼住 恵", "nakano", "CUSTOMER", "Web問い合わせ"),
            new Sample("医療法人 よつば歯科", "ヨツバシカ", "医療", 14, "6500021", "1-3-1", "078-391-4118", "四葉 聡子", "matsuo", "PROSPECT", "Web問い合わせ"),
            new Sample("あかつき総合法律事務所", "アカツキソウゴウホウリツジムショ", "士業", 8, "1000013", "1-4-1", "03-3580-2211", "暁 正義", "yoshimura", "CUSTOMER", "紹介"),
            new Sample("株式会社ひまわり薬局", "ヒマワリヤッキョク", "医療", 55, "8100001", "2-1-1", "092-712-5151", "日向 真", "ouchi", "CUSTOMER", "電話"),
            new Sample("千葉ベイ工業株式会社", "チバベイコウギョウ", "製造業", 180, "2610023", "2-6-1", "043-296-3030", "千葉 修", "kumakura", "PROSPECT", "展示会"),
            new Sample("株式会社さいたまスポーツ", "サイタマスポーツ", "小売", 26, "3300802", "1-80", "048-643-2277", "斎田 健", "tanaka", "CUSTOMER", "SNS"),
            new Sample("株式会社神戸パール", "コウベパール", "小売", 17, "6500034", "1-2-2", "078-331-6060", "神田 真珠美", "nakano", "CUSTOMER", "既存客紹介"),
            new Sample("株式会社こだま通信", "コダマツウシン", "通信", 88, "9200853", "1-5-3", "076-261-7777", "児玉 直人", "matsuo", "PROSPECT", "Web問い合わせ"));

    private record Person(String name, String kana, String department, String title) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("佐藤 花子", "サトウ ハナコ", "総務部", "部長"), new Person("鈴木 一郎", "スズキ イチロウ", "営業部", "課長"),
            new Person("高橋 美咲", "タカハシ ミサキ", "広報部", "主任"), new Person("伊藤 大輔", "イトウ ダイスケ", "経営企画室", "室長"),
            new Person("渡辺 恵子", "ワタナベ ケイコ", "経理部", ""), new Person("山本 隆", "ヤマモト タカシ", "製造部", "工場長"),
            new Person("中村 翔太", "ナカムラ ショウタ", "情報システム部", "マネージャー"), new Person("小林 裕子", "コバヤシ ユウコ", "人事部", "係長"),
            new Person("加藤 健", "カトウ ケン", "購買部", "部長"), new Person("吉田 優花", "ヨシダ ユウカ", "営業部", ""),
            new Person("山田 浩二", "ヤマダ コウジ", "代表室", "秘書"), new Person("佐々木 舞", "ササキ マイ", "マーケティング部", "主任"));

    private record Individual(String name, String kana, String postal, String street, String mobile, String email,
            LocalDate birthday) {
    }

    private static final List<Individual> INDIVIDUALS = List.of(
            new Individual("佐々木 美穂", "ササキ ミホ", "1540024", "2-14-3 グリーンハイツ201", "090-2345-6781", "miho.sasaki@example.com", LocalDate.of(1984, 4, 12)),
            new Individual("中村 由紀子", "ナカムラ ユキコ", "2310023", "3-8-2", "080-3456-7812", "yukiko.n@example.com", LocalDate.of(1971, 11, 30)),
            new Individual("小川 智子", "オガワ トモコ", "4648601", "1-5 ルミエール名東305", "070-4567-8123", "tomo.ogawa@example.com", LocalDate.of(1990, 2, 3)),
            new Individual("森田 恵理", "モリタ エリ", "5650871", "1-1", "090-5678-1234", "eri.morita@example.com", LocalDate.of(1979, 7, 21)),
            new Individual("井上 彩花", "イノウエ アヤカ", "8100041", "1-14-2", "080-6781-2345", "ayaka.inoue@example.com", LocalDate.of(1995, 12, 8)),
            new Individual("清水 真理", "シミズ マリ", "9800014", "2-10-16", "070-7812-3456", "mari.shimizu@example.com", LocalDate.of(1968, 5, 27)),
            new Individual("松本 直美", "マツモト ナオミ", "0640804", "4-2-1", "090-8123-4567", "naomi.m@example.com", LocalDate.of(1987, 9, 14)),
            new Individual("木村 優子", "キムラ ユウコ", "7300051", "2-3-8", "080-1234-5670", "yuko.kimura@example.com", LocalDate.of(1982, 1, 19)));

    private final Companies companies;
    private final Contacts contacts;
    private final PostalCodes postalCodes;
    private final RequiredFields requiredFields;
    private final Users users;
    private final CustomFields customFields;

    CustomersSampleData(Companies companies, Contacts contacts, PostalCodes postalCodes, RequiredFields requiredFields,
            Users users, CustomFields customFields) {
        this.companies = companies;
        this.customFields = customFields;
        this.requiredFields = requiredFields;
        this.contacts = contacts;
        this.postalCodes = postalCodes;
        this.users = users;
    }

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load() {
        // Custom fields an office like seed 000's adds: a rank, the contract renewal date, whether they order
        // printing from us (the target list of "existing customers without print orders"), what they are after.
        customFields.insert(new CustomFieldDraft("company", "rank", "顧客ランク", "Customer rank",
                FieldType.SINGLE_CHOICE, List.of("A", "B", "C")));
        customFields.insert(new CustomFieldDraft("company", "renewal_date", "契約更新日", "Contract renewal",
                FieldType.DATE, List.of()));
        customFields.insert(new CustomFieldDraft("company", "print_orders", "印刷発注実績あり", "Orders printing",
                FieldType.CHECKBOX, List.of()));
        customFields.insert(new CustomFieldDraft("company", "interests", "関心のある商品", "Interested in",
                FieldType.MULTIPLE_CHOICE, List.of("ロゴ制作", "名刺印刷", "封筒印刷", "Webサイト", "定期便")));
        customFields.insert(new CustomFieldDraft("contact", "card_exchanged", "名刺交換日", "Business cards exchanged",
                FieldType.DATE, List.of()));
        Map<String, UUID> owners = users.list(UserFilter.all(), PageQuery.first(PageQuery.MAX_LIMIT)).items().stream()
                .collect(Collectors.toMap(u -> u.email().substring(0, u.email().indexOf('@')), UserSummary::id, (a, b) -> a));
        for (int i = 0; i < COMPANIES.size(); i++) {
            Sample s = COMPANIES.get(i);
            Address a = address(s.postal());
            String domain = "example-" + (i + 1) + ".co.jp";
            Company company = companies.insert(new CompanyDraft(CompanyKind.COMPANY, s.name(), s.kana(),
                    corporateNumber(101_000_100_000L + i * 7919L), s.postal(), a.prefecture(), a.city(),
                    a.town() + s.street(), "", s.phone(), "info@" + domain, "https://www." + domain, s.representative(),
                    s.industry(), s.employees(), s.employees() * 18_000_000L, s.source(), owners.get(s.owner()),
                    i % 5 == 0 ? List.of("重要", "印刷発注なし") : i % 3 == 0 ? List.of("リピート") : List.of(),
                    CompanyStatus.valueOf(s.status()), null, true, true, false, sampleCustomValues(i)));
            for (int k = 0; k < 2; k++) {
                Person p = PEOPLE.get((i * 2 + k) % PEOPLE.size());
                String mobile = String.format("090-%04d-%04d", 1000 + i * 37 % 9000, 2000 + (i * 2 + k) * 53 % 8000);
                contacts.insert(new ContactDraft(company.id(), p.name(), p.kana(), p.department(), p.title(), s.phone(),
                        mobile, "contact" + (k + 1) + "@" + domain, "", k == 0));
            }
        }
        for (Individual p : INDIVIDUALS) {
            Address a = address(p.postal());
            companies.insert(new CompanyDraft(CompanyKind.INDIVIDUAL, p.name(), p.kana(), null, p.postal(),
                    a.prefecture(), a.city(), a.town() + p.street(), "", p.mobile(), p.email(), "", "", "", null, null,
                    "Instagram広告", owners.get("kawamura"), List.of("定期便"), CompanyStatus.CUSTOMER, p.birthday(),
                    true, false, true, Map.of("interests", List.of("定期便"))));
        }
        // Seed 004's rule for new customers and contacts.
        requiredFields.set(RequiredFields.COMPANY, List.of("prefecture", "city", "street", "phone", "representative",
                "website"));
        requiredFields.set(RequiredFields.CONTACT, List.of("phone", "email"));
    }

    /** Ranks by size, renewal dates through 2027, print orders for two in three, one or two interests. */
    private static Map<String, Object> sampleCustomValues(int i) {
        List<String> interests = List.of("ロゴ制作", "名刺印刷", "封筒印刷", "Webサイト");
        return Map.of("rank", List.of("A", "B", "C").get(i % 3),
                "renewal_date", java.time.LocalDate.of(2027, 1 + i % 12, 1 + i % 28).toString(),
                "print_orders", i % 3 != 0,
                "interests", i % 2 == 0 ? List.of(interests.get(i % 4)) : List.of(interests.get(i % 4), interests.get((i + 1) % 4)));
    }

    private record Address(String prefecture, String city, String town) {
    }

    private Address address(String postal) {
        return postalCodes.lookup(postal).stream().findFirst()
                .map(p -> new Address(p.prefecture(), p.city(), p.town()))
                .orElse(new Address("", "", ""));
    }

    /** A valid 法人番号 for a 12-digit base: check digit in front. */
    static String corporateNumber(long base) {
        String digits = String.format("%012d", base);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (digits.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + digits;
    }
}
