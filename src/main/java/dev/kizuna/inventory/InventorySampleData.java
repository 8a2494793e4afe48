package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kizuna.commerce.Product;
import dev.kizuna.commerce.Products;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Seed 002's cosmetics brand keeps its stock at its own warehouse and at a logistics partner: SKUs for the four
 * skincare products marketing's sample adds, enclosures (the brand leaflet with every bottle, a sample sachet, the
 * subscription guide), receipts, a transfer to the partner, a breakage adjustment, the next month's subscription
 * deliveries allocated, a winter campaign's demand, and the month's plan.
 */
@Component
class InventorySampleData implements SampleData {

    private final Products products;
    private final Locations locations;
    private final Skus skus;
    private final Stock stock;
    private final Allocations allocations;
    private final StockForecasts forecasts;
    private final StockPlans plans;
    private final CampaignNames campaigns;

    InventorySampleData(Products products, Locations locations, Skus skus, Stock stock, Allocations allocations,
            StockForecasts forecasts, StockPlans plans, CampaignNames campaigns) {
        this.campaigns = campaigns;
        this.products = products;
        this.locations = locations;
        this.skus = skus;
        this.stock = stock;
        this.allocations = allocations;
        this.forecasts = forecasts;
        this.plans = plans;
    }

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public int order() {
        return 700; // after marketing's products and subscriptions (650)
    }

    @Override
    public void load() {
        Location warehouse = locations.create(new Location(null, "WH-TOKYO", "本社倉庫(江東区)", "warehouse", true, "",
                "", 0));
        Location partner = locations.create(new Location(null, "ONOWN-FUNABASHI", "オノウン 船橋物流センター",
                "partner", false, "nouhin@onown.example.jp", "", 0));
        Sku leaflet = enclosure("EN-LEAFLET-W", "同梱リーフレット(冬号)", 500);
        Sku sachet = enclosure("EN-SAMPLE-SERUM", "美容液サンプル 1.5mL", 300);
        Sku guide = enclosure("EN-GUIDE-TEIKI", "定期便のご案内(冊子)", 200);
        Map<String, Sku> byCode = new java.util.HashMap<>();
        for (Product p : products.active()) {
            List<SkuDraft.EnclosureDraft> enc = switch (p.code()) {
                case "SK-LOTION-120" -> List.of(new SkuDraft.EnclosureDraft(leaflet.id(), 1),
                        new SkuDraft.EnclosureDraft(sachet.id(), 1));
                case "SK-SERUM-30", "SK-CLEANSE-150" -> List.of(new SkuDraft.EnclosureDraft(leaflet.id(), 1));
                case "SK-TRIAL-7" -> List.of(new SkuDraft.EnclosureDraft(guide.id(), 1));
                default -> null;
            };
            if (enc != null) {
                byCode.put(p.code(), skus.create(new SkuDraft(p.code(), p.name(), "product", p.id(),
                        "SK-TRIAL-7".equals(p.code()) ? 100 : 60, true, enc)));
            }
        }
        LocalDate today = stock.today();
        receive(leaflet, warehouse, 3000, today.minusDays(20), "印刷会社より納品(冬号 3,000部)");
        receive(sachet, warehouse, 1200, today.minusDays(18), "");
        receive(guide, warehouse, 800, today.minusDays(18), "");
        Map<String, Integer> first = Map.of("SK-LOTION-120", 480, "SK-SERUM-30", 240, "SK-CLEANSE-150", 180,
                "SK-TRIAL-7", 90);
        byCode.forEach((code, sku) -> receive(sku, warehouse, first.get(code), today.minusDays(14),
                "工場より入荷 ロット2611"));
        Sku lotion = byCode.get("SK-LOTION-120");
        if (lotion == null) {
            return;
        }
        stock.move(new MovementDraft("transfer", lotion.id(), warehouse.id(), partner.id(), 200, today.minusDays(10),
                "", "オノウンへ補充"));
        stock.move(new MovementDraft("transfer", leaflet.id(), warehouse.id(), partner.id(), 1000,
                today.minusDays(10), "", "オノウンへ補充"));
        stock.move(new MovementDraft("adjustment", lotion.id(), warehouse.id(), null, -3, today.minusDays(6),
                "破損(入荷時の液漏れ 3本)", ""));
        stock.move(new MovementDraft("return", lotion.id(), warehouse.id(), null, 1, today.minusDays(2),
                "未開封返品(肌に合わない)", ""));
        allocations.allocateForSubscriptions(today.plusDays(30));
        Sku trial = byCode.get("SK-TRIAL-7");
        var campaign = campaigns.all().stream().findFirst().orElse(null);
        if (campaign != null) {
            allocations.allocate(new AllocationDraft(lotion.id(), "campaign", campaign.id(), null, 60,
                    today.plusDays(30)));
        }
        forecasts.plan(campaign == null ? null : campaign.id(), campaign == null ? "冬の美白トライアル" : null, today.plusDays(10), 300, trial == null ? Map.of(lotion.id(), 1)
                : Map.of(lotion.id(), 1, trial.id(), 1));
        plans.save(lotion.id(), java.time.YearMonth.from(today), 500, 420, null);
    }

    private Sku enclosure(String code, String name, int reorderPoint) {
        return skus.create(new SkuDraft(code, name, "enclosure", null, reorderPoint, true, List.of()));
    }

    private void receive(Sku sku, Location at, int quantity, LocalDate on, String note) {
        stock.move(new MovementDraft("receipt", sku.id(), at.id(), null, quantity, on, "", note));
    }
}
