package dev.kizuna.sales;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Seed 004's sales process (問い合わせ → アポ → ヒアリング → 見積 → 受注 → 納品 → 入金) and seed 003's upsell pipeline, the
 * lost reasons seed 003 analyses, and deals with the sample customers at every stage — a few of them stalled.
 */
@Component
class SalesSampleData implements SampleData {

    private final Pipelines pipelines;
    private final Deals deals;
    private final Companies companies;
    private final Contacts contacts;
    private final SalesSampleRepository rows;
    private final SalesTargetRepository targets;
    private final CoachingNoteRepository notes;
    private final Clock clock;
    private final Leads leads;
    private final AssignmentRules rules;
    private final dev.kizuna.identity.Roles roles;

    SalesSampleData(Pipelines pipelines, Deals deals, Companies companies, Contacts contacts,
            SalesSampleRepository rows, SalesTargetRepository targets, CoachingNoteRepository notes,
            java.util.Optional<Clock> clock, Leads leads, dev.kizuna.identity.Roles roles, AssignmentRules rules) {
        this.rules = rules;
        this.leads = leads;
        this.roles = roles;
        this.pipelines = pipelines;
        this.deals = deals;
        this.companies = companies;
        this.contacts = contacts;
        this.rows = rows;
        this.targets = targets;
        this.notes = notes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public int order() {
        return 400;
    }

    static List<StageDraft> newBusinessStages() {
        return List.of(
                new StageDraft("問い合わせ", "Inquiry", StageKind.OPEN, 10, 3),
                new StageDraft("アポ", "Appointment", StageKind.OPEN, 20, 7),
                new StageDraft("ヒアリング", "Hearing", StageKind.OPEN, 40, 14),
                new StageDraft("見積", "Quote", StageKind.OPEN, 60, 14),
                new StageDraft("受注", "Order", StageKind.WON, 100, 14),
                // 納品 waits for 月末締め翌月末払い: up to 62 days from delivery before the payment is even due.
                new StageDraft("納品", "Delivery", StageKind.WON, 100, 62, OrderMilestone.DELIVERY),
                new StageDraft("入金", "Payment", StageKind.WON, 100, null, OrderMilestone.PAYMENT),
                new StageDraft("失注", "Lost", StageKind.LOST, 0, null));
    }

    @Override
    public void load() {
        Pipeline main = pipelines.insert("新規営業", "New business", newBusinessStages());
        Pipeline upsell = pipelines.insert("アップセル（既存顧客）", "Upsell (existing customers)", List.of(
                new StageDraft("提案準備", "Preparing", StageKind.OPEN, 20, 14),
                new StageDraft("提案", "Proposal", StageKind.OPEN, 50, 14),
                new StageDraft("見積", "Quote", StageKind.OPEN, 70, 14),
                new StageDraft("受注", "Won", StageKind.WON, 100, null),
                new StageDraft("失注", "Lost", StageKind.LOST, 0, null)));
        List<LostReason> reasons = List.of(
                pipelines.insertLostReason("価格が合わない", "Price"),
                pipelines.insertLostReason("他社に決定", "Chose a competitor"),
                pipelines.insertLostReason("予算がつかなかった", "No budget"),
                pipelines.insertLostReason("時期尚早・検討延期", "Postponed"),
                pipelines.insertLostReason("連絡が取れなくなった", "Went silent"),
                pipelines.insertLostReason("要件が合わない", "Requirements not met"));

        String[][] script = {
                // name, lead source, amount, budget, challenges, next step, stage index, days in stage
                {"名刺・封筒の年間契約", "Webサイト問い合わせ", "480000", "500000", "発注が部署ごとにばらばらで単価が高い", "年間契約の見積を提出", "3", "2"},
                {"会社案内パンフレット刷新", "紹介", "1200000", "1500000", "採用向けの会社案内が古く、応募が減っている", "構成案の打ち合わせ", "2", "4"},
                {"展示会用ノベルティ", "展示会", "350000", "", "来年3月の展示会までに配布物を揃えたい", "サンプルを持って訪問", "1", "10"},
                {"ロゴ刷新と名刺デザイン", "Webサイト問い合わせ", "800000", "1000000", "創業30周年でブランドを一新したい", "", "0", "5"},
                {"DM発送代行（春の新商品）", "既存顧客", "650000", "700000", "DMの反応率が下がっている", "反応率の事例を送る", "3", "20"},
                {"店舗用チラシ（毎月）", "電話問い合わせ", "240000", "300000", "毎月の入稿がぎりぎりになる", "入稿スケジュールを決める", "4", "3"},
                {"カタログ印刷 2027年版", "既存顧客", "2600000", "3000000", "品番の修正漏れが毎年発生する", "", "5", "12"},
                {"封筒印刷（窓付き）", "紹介", "180000", "", "請求書の封入作業を減らしたい", "", "6", "40"},
                {"周年記念誌", "展示会", "3200000", "", "社内に編集経験者がいない", "", "7", "25"},
                {"ポスター（工場安全標語）", "Webサイト問い合わせ", "90000", "100000", "", "", "0", "1"},
                {"採用パンフレット", "紹介", "950000", "1000000", "新卒採用の母集団が足りない", "人事部長と打ち合わせ", "2", "30"},
                {"名刺（全社員分）", "電話問い合わせ", "150000", "", "", "", "4", "2"}};
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate today = LocalDate.now(clock.withZone(tokyo));
        List<Company> customers = businessCustomers(companies.list(CompanyFilter.all(), PageQuery.first(60)).items());
        for (int i = 0; i < script.length && i < customers.size(); i++) {
            String[] line = script[i];
            Company c = customers.get(i);
            UUID contact = contacts.forCompany(c.id()).stream().findFirst().map(k -> k.id()).orElse(null);
            int stageIndex = Integer.parseInt(line[6]);
            Deal deal = deals.insert(new DealDraft(line[0], c.id(), contact, main.id(), null, Long.parseLong(line[2]),
                    today.plusDays(14 + i * 5L), c.ownerId(), line[1], line[3].isEmpty() ? null : Long.parseLong(line[3]),
                    line[4], line[5], line[5].isEmpty() ? null : today.plusDays(i % 4 + 1), null, "", java.util.Map.of()),
                    c.ownerId());
            Stage target = main.stages().get(stageIndex);
            if (stageIndex > 0) {
                deal = deals.move(deal.id(), deal.version(), target.id(),
                        target.kind() == StageKind.LOST ? reasons.get(i % reasons.size()).id() : null,
                        target.kind() == StageKind.LOST ? "他社の方が納期が早かった。" : "");
            }
            // As if the deal had been in its stage for a while (some longer than the stage allows: stalled).
            Instant entered = Instant.now(clock).minus(Duration.ofDays(Long.parseLong(line[7])));
            rows.enteredStageAt(deal.id(), entered);
        }
        for (int i = 0; i < 3 && script.length + i < customers.size(); i++) {
            Company c = customers.get(script.length + i);
            deals.insert(new DealDraft(new String[] {"Web広告運用の追加", "ノベルティ追加発注", "保守契約の上位プラン"}[i],
                    c.id(), null, upsell.id(), upsell.stages().get(i).id(), 300000L + i * 150000L,
                    today.plusDays(30), c.ownerId(), "既存顧客", null, "", "提案書を送る", today.plusDays(3), null, "",
                    java.util.Map.of()), c.ownerId());
        }
        // Seed 004: new leads go to the new-business reps (新規担当) who keep their records up (score 60 or more).
        roles.list(false).stream().filter(r -> r.name().equals("新規担当")).findFirst().ifPresent(role ->
                leads.changeRule(role.id(), 60, leads.rule().version()));
        // Seed 003/004: exhibition leads are split 2:1 between the new-business reps; upsell inquiries go in turn to
        // the reps who look after existing customers (BSG営業).
        UUID nakano = userId("nakano@example.jp");
        UUID kumakura = userId("kumakura@example.jp");
        roles.list(false).stream().filter(r -> r.name().equals("新規担当")).findFirst().ifPresent(role ->
                rules.create(new AssignmentRules.Draft("展示会の見込客（比率）", null, null, "展示会", "weighted", role.id(), 60,
                        nakano == null || kumakura == null ? java.util.Map.of()
                                : java.util.Map.of(nakano, 2, kumakura, 1), 10)));
        roles.list(false).stream().filter(r -> r.name().equals("BSG営業")).findFirst().ifPresent(role ->
                rules.create(new AssignmentRules.Draft("既存客からの追加相談", upsell.id(), null, null, "round_robin",
                        role.id(), 50, java.util.Map.of(), 20)));
        // Targets (予算) for this month and the next two, and a coaching note from the manager on a moving deal.
        java.time.YearMonth month = java.time.YearMonth.from(today);
        for (Company c : customers) {
            for (int m = 0; m < 3; m++) {
                targets.insert(c.ownerId(), month.plusMonths(m), 1_500_000L + m * 200_000L, null);
            }
        }
        UUID tanaka = userId("tanaka@example.jp");
        rows.dealTitled("カタログ印刷 2027年版").ifPresent(deal -> {
            if (tanaka != null) {
                notes.insert(dev.kizuna.platform.Ids.newId(), deal, "suggestion",
                        "昨年は品番の修正漏れで再印刷が出ています。校正の回数と担当者を先に決めておきましょう。",
                        "校正フローの打ち合わせを設定", today.plusDays(2), tanaka);
            }
        });
        leads.receive(new LeadDraft("株式会社みどり測量", "森 由紀子", "mori@midori-sokuryo.example.jp", "052-123-4567",
                "創業20周年の記念パンフレットを検討しています。予算と納期の目安を教えてください。", "Webフォーム", null));
        leads.receive(new LeadDraft("ひまわり歯科クリニック", "高田 聡", "", "06-6543-2100",
                "診察券と予約カードの印刷をお願いしたいです。", "Webフォーム", null));
        leads.create(Lead.MANUAL, new LeadDraft("有限会社あおば工務店", "青葉 誠", "aoba@aoba-koumuten.example.jp", "",
                "展示会で名刺交換。来春のチラシを相談したいとのこと。", "展示会", 300_000L));
    }

    /**
     * The customers the printing company's B2B deals belong to: companies with an owner. The sample's individual
     * customers are the D2C shop's (seed 002) and buy by subscription, never through a B2B deal.
     */
    static List<Company> businessCustomers(List<Company> all) {
        return all.stream().filter(c -> c.kind() == dev.kizuna.customers.CompanyKind.COMPANY && c.ownerId() != null)
                .toList();
    }

    private UUID userId(String email) {
        return rows.userWithEmail(email).orElse(null);
    }
}
