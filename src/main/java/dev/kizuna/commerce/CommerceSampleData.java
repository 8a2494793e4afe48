package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.sampledata.SampleData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A printing company's price list (standard 10% and reduced 8% items), the issuer (seed 004's シャチホコ商事), quotes
 * for the sample deals in the quote stage, and — once the sample deals' orders exist — a delivered order, a partly
 * paid one, a paid one and one unpaid past its due date.
 */
@Component
class CommerceSampleData implements SampleData {

    private static final Logger log = LoggerFactory.getLogger(CommerceSampleData.class);

    private final Products products;
    private final CommerceSettings settings;
    private final Quotes quotes;
    private final Orders orders;
    private final CommerceSampleRepository rows;

    CommerceSampleData(Products products, CommerceSettings settings, Quotes quotes, Orders orders,
            CommerceSampleRepository rows) {
        this.products = products;
        this.settings = settings;
        this.quotes = quotes;
        this.orders = orders;
        this.rows = rows;
    }

    @Override
    public String name() {
        return "commerce";
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void load() {
        settings.save(new Issuer("株式会社シャチホコ商事", "〒460-0008 愛知県名古屋市中区栄三丁目1番1号 シャチホコビル5階",
                "052-000-1234", "T1800001234567", 30, 0), settings.read().version());
        Product cards = products.insert(new ProductDraft("BC-100", "名刺印刷 100枚（両面カラー）", "箱", 3_000L, 10, true));
        Product envelopes = products.insert(new ProductDraft("EN-N3-500", "封筒 長3 500枚（社名入り）", "箱", 8_500L, 10, true));
        products.insert(new ProductDraft("EN-K2-500", "封筒 角2 500枚（社名入り）", "箱", 14_000L, 10, true));
        Product support = products.insert(new ProductDraft("SUP-YEAR", "年間保守サポート", "年", 120_000L, 10, true));
        products.insert(new ProductDraft("BR-A4-8P", "会社案内パンフレット A4 8ページ 1,000部", "式", 180_000L, 10, true));
        products.insert(new ProductDraft("DM-POST", "DM発送代行（1通あたり）", "通", 95L, 10, true));
        Product sweets = products.insert(new ProductDraft("NV-SWEETS", "ノベルティ 焼き菓子詰め合わせ", "箱", 1_200L, 8, true));
        products.insert(new ProductDraft("NV-TEA", "ノベルティ 緑茶ティーバッグ 10包", "袋", 450L, 8, true));
        products.insert(new ProductDraft("NP-MONTH", "業界新聞 月ぎめ購読（週2回発行）", "月", 4_000L, 8, true));
        products.insert(new ProductDraft("OLD-FAX", "FAX送付状 印刷（販売終了）", "冊", 800L, 10, false));

        dealId("名刺・封筒の年間契約").ifPresent(deal -> quotes.create(deal, new QuoteDraft("名刺・封筒の年間契約",
                null, null, "納期：ご発注から5営業日\nお支払い：月末締め翌月末払い", List.of(
                        line(cards, 24), line(envelopes, 12), line(support, 1)))));
        dealId("DM発送代行（春の新商品）").ifPresent(deal -> quotes.create(deal, new QuoteDraft("DM発送代行（春の新商品）",
                null, null, "同封物のノベルティ（焼き菓子）は軽減税率の対象です。", List.of(
                        new LineDraft(null, "DM発送代行（1通あたり）", 5_000, "通", 95L, 10),
                        line(sweets, 200)))));
        enrichOrders();
    }

    /** The sample deals won by the sales sample data get their orders from the event listener, just after. */
    private void enrichOrders() {
        LocalDate today = quotes.today();
        waitForOrder("カタログ印刷 2027年版").ifPresent(o -> {
            orderedOn(o, today.minusDays(12));
            orders.recordDelivery(o.id(), o.version(), today.minusDays(3), null);
        });
        waitForOrder("封筒印刷（窓付き）").ifPresent(o -> {
            orderedOn(o, today.minusDays(45));
            Order delivered = orders.recordDelivery(o.id(), o.version(), today.minusDays(40), null);
            orders.recordPayment(o.id(), delivered.version(), today.minusDays(5), delivered.invoiceAmount(), "振込");
        });
        waitForOrder("店舗用チラシ（毎月）").ifPresent(o -> {
            // Delivered two months ago and due at the end of last month, half paid: unpaid past due.
            orderedOn(o, today.minusMonths(2).minusDays(10));
            Order delivered = orders.recordDelivery(o.id(), o.version(), today.minusMonths(2), null);
            orders.recordPayment(o.id(), delivered.version(), today.minusMonths(2).plusDays(5),
                    delivered.invoiceAmount() / 2, "前金（半額）");
        });
    }

    /** As if the deal had been won earlier (the sales sample data wins them today). */
    private void orderedOn(Order o, LocalDate day) {
        rows.orderedOn(o.id(), day);
    }

    private Optional<Order> waitForOrder(String dealTitle) {
        Optional<UUID> deal = dealId(dealTitle);
        for (int i = 0; deal.isPresent() && i < 50; i++) {
            Optional<Order> order = orders.ofDeal(deal.get());
            if (order.isPresent()) {
                return order;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        log.info("Sample order for '{}' not there yet; left as it is", dealTitle);
        return Optional.empty();
    }

    private Optional<UUID> dealId(String title) {
        // Deal names are stored NFKC-normalised (（） become ()).
        return rows.dealTitled(CommerceText.clean(title));
    }

    private static LineDraft line(Product p, int quantity) {
        return new LineDraft(p.id(), null, quantity, null, null, null);
    }
}
