package dev.kizuna.customers;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.platform.text.JapaneseText;
import dev.kizuna.platform.text.PhoneNumbers;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Realistic Japanese customers at any scale, written straight into PostgreSQL with COPY: company names built
 * from common stems and trades with their readings, real postal codes and addresses from postal_code, valid
 * corporate numbers, phones, e-mail, owners; contacts with common surnames and given names. Deterministic
 * for a seed, so two runs measure the same data.
 */
final class CustomerDataGenerator {

    private static final String[][] STEMS = {{"さくら", "サクラ"}, {"みどり", "ミドリ"}, {"ひかり", "ヒカリ"}, {"大和", "ヤマト"},
            {"東海", "トウカイ"}, {"北斗", "ホクト"}, {"青葉", "アオバ"}, {"富士", "フジ"}, {"旭", "アサヒ"}, {"日本", "ニホン"},
            {"三協", "サンキョウ"}, {"中央", "チュウオウ"}, {"丸山", "マルヤマ"}, {"山田", "ヤマダ"}, {"田中", "タナカ"},
            {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"太平洋", "タイヘイヨウ"}, {"新星", "シンセイ"}, {"若葉", "ワカバ"},
            {"松竹", "ショウチク"}, {"光洋", "コウヨウ"}, {"朝日", "アサヒ"}, {"昭和", "ショウワ"}, {"平和", "ヘイワ"},
            {"協和", "キョウワ"}, {"共栄", "キョウエイ"}, {"千代田", "チヨダ"}, {"港", "ミナト"}, {"杜の都", "モリノミヤコ"},
            {"なにわ", "ナニワ"}, {"博多", "ハカタ"}, {"札幌", "サッポロ"}, {"瀬戸内", "セトウチ"}, {"信州", "シンシュウ"},
            {"アルファ", "アルファ"}, {"ネクスト", "ネクスト"}, {"グリーン", "グリーン"}, {"ブルースカイ", "ブルースカイ"},
            {"ライズ", "ライズ"}, {"サンライズ", "サンライズ"}, {"エール", "エール"}, {"はなまる", "ハナマル"},
            {"ことぶき", "コトブキ"}, {"いろは", "イロハ"}, {"つばさ", "ツバサ"}, {"かもめ", "カモメ"}, {"こだま", "コダマ"},
            {"あけぼの", "アケボノ"}, {"ひまわり", "ヒマワリ"}, {"美濃", "ミノ"}, {"京", "キョウ"}, {"加賀", "カガ"},
            {"伊勢", "イセ"}, {"出雲", "イズモ"}, {"阿波", "アワ"}, {"土佐", "トサ"}, {"薩摩", "サツマ"}, {"琉球", "リュウキュウ"},
            {"那須", "ナス"}};
    private static final String[][] TRADES = {{"商事", "ショウジ", "卸売"}, {"工業", "コウギョウ", "製造業"},
            {"精機", "セイキ", "製造業"}, {"物産", "ブッサン", "卸売"}, {"建設", "ケンセツ", "建設"}, {"食品", "ショクヒン", "食品製造"},
            {"システム", "システム", "情報通信"}, {"運輸", "ウンユ", "運輸・物流"}, {"不動産", "フドウサン", "不動産"},
            {"印刷", "インサツ", "印刷"}, {"電機", "デンキ", "製造業"}, {"化学", "カガク", "製造業"}, {"薬局", "ヤッキョク", "医療"},
            {"歯科", "シカ", "医療"}, {"設計", "セッケイ", "建設"}, {"デザイン", "デザイン", "デザイン"}, {"ホーム", "ホーム", "住宅"},
            {"観光", "カンコウ", "観光"}, {"酒店", "サケテン", "小売"}, {"水産", "スイサン", "水産"}, {"農園", "ノウエン", "農業"},
            {"会計事務所", "カイケイジムショ", "士業"}, {"介護", "カイゴ", "介護・福祉"}, {"保育", "ホイク", "教育・保育"},
            {"通信", "ツウシン", "通信"}, {"書房", "ショボウ", "出版"}, {"化粧品", "ケショウヒン", "化粧品"}, {"ラボ", "ラボ", "情報通信"},
            {"商会", "ショウカイ", "卸売"}, {"興産", "コウサン", "卸売"}};
    private static final String[] FORMS = {"株式会社", "株式会社", "株式会社", "有限会社", "合同会社"};
    private static final String[][] SURNAMES = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"},
            {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"},
            {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"},
            {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"}, {"清水", "シミズ"},
            {"山崎", "ヤマザキ"}, {"森", "モリ"}, {"池田", "イケダ"}, {"橋本", "ハシモト"}, {"阿部", "アベ"}, {"石川", "イシカワ"},
            {"山下", "ヤマシタ"}, {"中島", "ナカジマ"}, {"石井", "イシイ"}, {"小川", "オガワ"}};
    private static final String[][] GIVEN = {{"翔太", "ショウタ"}, {"花子", "ハナコ"}, {"誠", "マコト"}, {"美咲", "ミサキ"},
            {"大輔", "ダイスケ"}, {"恵", "メグミ"}, {"健太", "ケンタ"}, {"由美", "ユミ"}, {"隆", "タカシ"}, {"彩", "アヤ"},
            {"浩二", "コウジ"}, {"真理", "マリ"}, {"一郎", "イチロウ"}, {"陽子", "ヨウコ"}, {"亮", "リョウ"}, {"直美", "ナオミ"},
            {"拓也", "タクヤ"}, {"裕子", "ユウコ"}, {"聡", "サトシ"}, {"千尋", "チヒロ"}};
    private static final String[] DEPARTMENTS = {"総務部", "営業部", "経理部", "製造部", "情報システム部", "人事部", "購買部",
            "経営企画室", "マーケティング部", "代表室"};
    private static final String[] TITLES = {"", "", "主任", "係長", "課長", "部長", "マネージャー", "取締役"};
    private static final String[] STATUSES = {"customer", "customer", "prospect", "prospect", "former"};
    private static final String[] SOURCES = {"展示会", "紹介", "Web問い合わせ", "電話", "セミナー", "SNS", "既存客紹介"};

    private record Place(String code, String prefecture, String city, String town) {
    }

    private final DataSource dataSource;

    CustomerDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the ids of the companies written, for the detail scenario */
    List<UUID> generate(int companies, int contacts, List<UUID> owners, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        List<Place> places = places();
        List<UUID> ids = new ArrayList<>(companies);
        List<String> searchIndexes = dev.kizuna.bench.BulkLoad.dropIndexes(dataSource, """
                tablename in ('company', 'contact') and (indexdef like '%USING gin%' or indexname like '%\\_cf\\_%')""");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy company (id, kind, name, name_kana, corporate_number, postal_code, prefecture, city, street,
                        building, phone, phone_display, email, website, representative, industry, employee_count,
                        annual_revenue, lead_source, owner_id, status, search_text, name_grams, custom_fields) from stdin""");
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < companies; i++) {
                UUID id = new UUID(0x0192_0000_7000_0000L | i, random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
                ids.add(id);
                String[] stem = STEMS[random.nextInt(STEMS.length)];
                String[] trade = TRADES[random.nextInt(TRADES.length)];
                String form = FORMS[random.nextInt(FORMS.length)];
                String name = form + stem[0] + trade[0];
                String kana = stem[1] + trade[1];
                Place p = places.get(random.nextInt(places.size()));
                String phoneDisplay = String.format("0%d-%04d-%04d", 3 + random.nextInt(7), random.nextInt(10000), random.nextInt(10000));
                String phone = PhoneNumbers.toE164(phoneDisplay).orElseThrow();
                String domain = "c" + i + ".example.jp";
                String[] rep = SURNAMES[random.nextInt(SURNAMES.length)];
                String[] repGiven = GIVEN[random.nextInt(GIVEN.length)];
                String number = corporateNumber(200_000_000_000L + (seed % 50) * 10_000_000L + i); // distinct per seed: benchmarks share a database
                UUID owner = owners.get(random.nextInt(owners.size()));
                String street = p.town() + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
                String search = CustomerRules.searchText(name, kana, phoneDisplay, "info@" + domain, number, rep[0] + " " + repGiven[0]);
                join(rows, id, "company", name, kana, number, p.code(), p.prefecture(), p.city(), street, "", phone,
                        phoneDisplay, "info@" + domain, "https://www." + domain, rep[0] + " " + repGiven[0], trade[2],
                        5 + random.nextInt(500), (long) (5 + random.nextInt(500)) * 20_000_000L,
                        SOURCES[random.nextInt(SOURCES.length)], owner, STATUSES[random.nextInt(STATUSES.length)], search,
                        array(JapaneseText.bigrams(name, kana)), customValues(random, owners));
                flushIfFull(copy, rows);
            }
            flush(copy, rows);
            copy.endCopy();
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy contact (id, company_id, name, name_kana, department, title, phone, phone_display, mobile,
                        mobile_display, email, is_primary, search_text, name_grams) from stdin""");
            for (int i = 0; i < contacts; i++) {
                UUID id = new UUID(0x0193_0000_7000_0000L | i, random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
                UUID company = ids.get(random.nextInt(ids.size()));
                String[] sur = SURNAMES[random.nextInt(SURNAMES.length)];
                String[] given = GIVEN[random.nextInt(GIVEN.length)];
                String mobileDisplay = String.format("090-%04d-%04d", random.nextInt(10000), random.nextInt(10000));
                String email = "p" + i + "@example.jp";
                join(rows, id, company, sur[0] + " " + given[0], sur[1] + " " + given[1],
                        DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], TITLES[random.nextInt(TITLES.length)], null, "",
                        PhoneNumbers.toE164(mobileDisplay).orElseThrow(), mobileDisplay, email, random.nextInt(3) == 0,
                        CustomerRules.searchText(sur[0] + given[0], sur[1] + given[1], mobileDisplay, email),
                        array(JapaneseText.bigrams(sur[0] + given[0], sur[1] + given[1])));
                flushIfFull(copy, rows);
            }
            flush(copy, rows);
            copy.endCopy();
            connection.commit();
        }
        dev.kizuna.bench.BulkLoad.rebuild(dataSource, searchIndexes, "company", "contact");
        return ids;
    }

    /** The ten custom fields the benchmark defines (see CustomersBenchmarkTest), as COPY's jsonb text. */
    static final String[] RANKS = {"A", "B", "C", "D", "E"};
    private static final String[] INTERESTS = {"ロゴ制作", "名刺印刷", "封筒印刷", "Webサイト", "定期便", "ノベルティ"};

    private static String customValues(SplittableRandom random, List<UUID> owners) {
        StringBuilder json = new StringBuilder(256).append('{');
        json.append("\"rank\": \"").append(RANKS[random.nextInt(RANKS.length)]).append('"');
        if (random.nextInt(10) < 8) {
            json.append(", \"renewal_date\": \"").append(java.time.LocalDate.of(2026, 1, 1)
                    .plusDays(random.nextInt(730))).append('"');
        }
        json.append(", \"monthly_fee\": ").append((1 + random.nextInt(200)) * 1000);
        json.append(", \"satisfaction\": ").append(1 + random.nextInt(10));
        json.append(", \"print_orders\": ").append(random.nextInt(3) != 0);
        json.append(", \"interests\": [\"").append(INTERESTS[random.nextInt(INTERESTS.length)]).append("\"]");
        json.append(", \"branch_code\": \"B").append(String.format("%03d", random.nextInt(300))).append('"');
        json.append(", \"cs_owner\": \"").append(owners.get(random.nextInt(owners.size()))).append('"');
        if (random.nextInt(4) == 0) {
            json.append(", \"memo\": \"前回訪問時に印刷物の見直しを相談。次回は見積を持参。\"");
        }
        json.append(", \"site\": \"https://shop").append(random.nextInt(1000)).append(".example.jp\"");
        return json.append('}').toString();
    }


    private List<Place> places() throws Exception {
        List<Place> places = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("select code, prefecture, city, town from postal_code where seq = 0")) {
            while (rs.next()) {
                places.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return places;
    }

    /** A text[] in COPY's text format: {"さく","くら"}. */
    private static String array(List<String> items) {
        return "{" + String.join(",", items.stream().map(i -> "\"" + i + "\"").toList()) + "}";
    }

    private static void join(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            rows.append(values[i] == null ? "\\N" : values[i].toString());
        }
        rows.append('\n');
    }

    private static void flushIfFull(CopyIn copy, StringBuilder rows) throws Exception {
        if (rows.length() > (1 << 20)) {
            flush(copy, rows);
        }
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static String corporateNumber(long base) {
        return CustomersSampleData.corporateNumber(base);
    }
}
