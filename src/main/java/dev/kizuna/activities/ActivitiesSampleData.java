package dev.kizuna.activities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/** Templates the way seed 004's reps write, and two weeks of calls, visits and notes with the sample customers. */
@Component
class ActivitiesSampleData implements SampleData {

    private final ActivityOptions options;
    private final Activities activities;
    private final Companies companies;
    private final Contacts contacts;
    private final Clock clock;
    private final ActivityRepository repository;
    private final ActivityRollups rollups;

    /** A printing company's calls and visits with its business customers (seed 004). */
    private static final String[][] B2B_SCRIPT = {
            {"電話", "納期確認", "reached", "納期は来週火曜で確定。先方ご担当：佐藤様。次回は出荷日に連絡。"},
            {"電話", "商品問い合わせ", "unreached", ""},
            {"電話", "商品問い合わせ", "reached", "名刺の追加印刷についてお問い合わせ。価格表をメールで送付。"},
            {"訪問", "受注確認", null, "封筒・名刺の年間発注を確認。来月から月次で定期発注。"},
            {"メール", "その他", null, "見積書（No.2026-118）を送付。"},
            {"電話", "クレーム", "reached", "納品物の色味の件でご指摘。金曜までに原因と対応を報告すると約束。"},
            {"Web会議", "商品問い合わせ", null, "ロゴ刷新の進め方を説明。社内で検討し来週回答。"}};

    /**
     * A D2C cosmetics shop's contacts with its subscription customers (seed 002): postcards, calls and e-mails about
     * the 定期便, never a business deal.
     */
    private static final String[][] D2C_SCRIPT = {
            {"手紙/はがき", "商品問い合わせ", null, "アンケートはがきが届く。化粧水の香りが気に入っているとのこと。乳液との併用の仕方をお礼状で案内。"},
            {"電話", "納期確認", "reached", "定期便の次回お届け日を10日後ろにずらしたいとのご依頼。変更済みとお伝えした。"},
            {"メール", "商品問い合わせ", null, "美容液の使用量についてご質問。1回2プッシュが目安と返信し、使い方ガイドを送付。"},
            {"電話", "クレーム", "reached", "お届けした化粧水のポンプが押しにくいとのご指摘。交換品を明日発送すると約束。"},
            {"電話", "その他", "unreached", ""},
            {"手紙/はがき", "その他", null, "お誕生日月のはがきへのお返事。肌の調子が良くなったとのお声をいただいた。"}};

    /** What the sample's contacts with a customer are about: B2B printing for companies, D2C cosmetics for individuals. */
    static String[][] scriptFor(CompanyKind kind) {
        return kind == CompanyKind.INDIVIDUAL ? D2C_SCRIPT : B2B_SCRIPT;
    }

    static String followUpFor(CompanyKind kind) {
        return kind == CompanyKind.INDIVIDUAL ? "次回お届け後に使用感を伺う" : "見積の検討状況を確認する";
    }

    ActivitiesSampleData(ActivityOptions options, Activities activities, Companies companies, Contacts contacts,
            java.util.Optional<Clock> clock, ActivityRepository repository, ActivityRollups rollups) {
        this.repository = repository;
        this.rollups = rollups;
        this.options = options;
        this.activities = activities;
        this.companies = companies;
        this.contacts = contacts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load() {
        Map<String, ActivityOption> channels = byName(ActivityOption.CHANNEL);
        Map<String, ActivityOption> types = byName(ActivityOption.TYPE);
        options.insertTemplate(types.get("納期確認").id(), "納期回答",
                "納期は＿＿月＿＿日で確定。先方ご担当：＿＿様。次回は出荷日に連絡。");
        options.insertTemplate(types.get("商品問い合わせ").id(), "資料送付",
                "＿＿についてお問い合わせ。カタログと価格表をメールで送付。検討状況を＿＿日に確認する。");
        options.insertTemplate(types.get("受注確認").id(), "受注内容確認",
                "注文内容（品目：＿＿、数量：＿＿）を確認。請求先・納品先に変更なし。");
        options.insertTemplate(types.get("クレーム").id(), "クレーム一次受付",
                "＿＿の件でご指摘。状況をお詫びし、＿＿までに原因と対応をご報告すると約束。");
        options.insertTemplate(types.get("その他").id(), "不在・折り返し依頼",
                "ご担当不在。折り返しをお願いした（伝言：＿＿様）。");

        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate today = LocalDate.now(clock.withZone(tokyo));
        List<Company> customers = companies.list(CompanyFilter.all(), PageQuery.first(40)).items();
        int n = 0;
        for (Company c : customers) {
            if (c.ownerId() == null) {
                continue;
            }
            UUID contact = contacts.forCompany(c.id()).stream().findFirst().map(k -> k.id()).orElse(null);
            String[][] script = scriptFor(c.kind());
            int count = 2 + n % 4;
            for (int k = 0; k < count; k++) {
                String[] line = script[(n + k) % script.length];
                // Always in the past, whatever the time of day the sample data is loaded.
                Instant at = Instant.now(clock).minus(Duration.ofDays((n * 3L + k * 5L) % 14))
                        .minus(Duration.ofMinutes(20 + ((n + k) * 37L) % 480));
                boolean followUp = k == count - 1 && n % 3 == 0;
                Activity logged = activities.insert(new ActivityDraft(Activity.ACTIVITY, at, channels.get(line[0]).id(),
                        types.get(line[1]).id(), c.id(), contact, null,
                        line[2] == null ? null : Outcome.valueOf(line[2].toUpperCase()),
                        line[3].isEmpty() ? "不在。" : line[3], followUp ? followUpFor(c.kind()) : null,
                        followUp ? today.plusDays(n % 5 - 1) : null), c.ownerId());
                // Most right after the call; one rep in seven a day or two later (the compliance page has work to do).
                Instant loggedAt = at.plus(n % 7 == 3 ? Duration.ofHours(30 + k * 11L) : Duration.ofMinutes(3 + k * 4L));
                rollups.remove(logged.id());
                repository.setLoggedAt(logged.id(), loggedAt.isAfter(Instant.now(clock)) ? Instant.now(clock) : loggedAt);
                rollups.add(logged.id());
            }
            if (n % 5 == 0 && c.kind() == CompanyKind.COMPANY) {
                activities.insert(new ActivityDraft(Activity.NOTE, Instant.now(clock).minus(Duration.ofHours(n + 2)),
                        null, null, c.id(), null, null, null,
                        "決裁者は社長。年度末（3月）に予算が確定するので2月中に提案する。", null, null), c.ownerId());
            }
            n++;
        }
    }

    private Map<String, ActivityOption> byName(String kind) {
        return options.of(kind, true).stream().collect(Collectors.toMap(ActivityOption::name, Function.identity()));
    }
}
