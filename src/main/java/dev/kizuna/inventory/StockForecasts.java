package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand forecasts for the next months ({@link StockForecast}'s rules over the live subscriptions and the planned
 * campaign demand), and the campaign demand itself, which members plan. "What if scaled to N customers?" recomputes
 * with one campaign's expected orders replaced by N; nothing is stored.
 */
@Service
@Transactional
public class StockForecasts {

    static final int MAX_MONTHS = 12;

    private final SubscriptionDemandRepository subscriptions;
    private final CampaignDemandRepository demands;
    private final SkuRepository skus;
    private final StockRepository stock;
    private final CampaignNames campaigns;
    private final AuditLog audit;

    StockForecasts(SubscriptionDemandRepository subscriptions, CampaignDemandRepository demands, SkuRepository skus,
            StockRepository stock, CampaignNames campaigns, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.demands = demands;
        this.skus = skus;
        this.stock = stock;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    /** The forecast from today for {@code months} (1–12); {@code scaleDemandId} with {@code customers} scales one campaign. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DemandForecast forecast(Integer months, UUID scaleDemandId, Integer customers) {
        int m = months == null ? 3 : months;
        Check.of().failIf(m < 1 || m > MAX_MONTHS, "months", "Range", 1, MAX_MONTHS)
                .failIf(scaleDemandId != null && customers == null, "customers", "NotNull")
                .failIf(customers != null && (customers < 0 || customers > 10_000_000), "customers", "Range", 0,
                        10_000_000)
                .verify();
        LocalDate from = LocalDate.now(Stock.TOKYO);
        List<CampaignDemand> planned = demands.between(from, from.plusMonths(m), 1000);
        if (scaleDemandId != null && planned.stream().noneMatch(d -> d.id().equals(scaleDemandId))) {
            throw new dev.kizuna.platform.api.RuleViolationException(
                    dev.kizuna.platform.api.FieldProblem.of("campaignDemandId", "UnknownId"));
        }
        var demand = StockForecast.forecast(from, m, subscriptions.live(), subscriptions.cohorts(),
                planned.stream().map(d -> new StockForecast.Campaign(d.id(), d.name(), d.startsOn(),
                        d.expectedOrders(), d.lines().stream().collect(Collectors.toMap(CampaignDemand.Line::skuId,
                                CampaignDemand.Line::perOrder, Integer::sum)))).toList(),
                scaleDemandId == null ? Map.of() : Map.of(scaleDemandId, customers), subscriptions.enclosures());
        Map<UUID, StockLine> lines = stock.all(from).stream()
                .collect(Collectors.toMap(StockLine::skuId, l -> l, (a, b) -> a));
        List<ForecastRow> rows = new ArrayList<>();
        for (StockForecast.SkuDemand d : demand.values()) {
            StockLine sku = lines.get(d.skuId());
            if (sku == null) {
                continue; // an inactive SKU: nothing is kept for it any more
            }
            List<ForecastRow.Step> steps = d.steps().stream().map(s -> new ForecastRow.Step(s.source(),
                    "enclosure".equals(s.source()) ? code(lines, s.label()) : s.label(), s.count(), s.per(), s.rate(),
                    s.units())).toList();
            rows.add(new ForecastRow(sku.skuId(), sku.code(), sku.name(), sku.kind(), sum(d, "subscriptions"),
                    sum(d, "campaign"), sum(d, "enclosure"), d.total(), sku.available(), steps));
        }
        rows.sort(java.util.Comparator.comparing(ForecastRow::code));
        return new DemandForecast(from, from.plusMonths(m), m, rows, planned, scaleDemandId, customers);
    }

    private static String code(Map<UUID, StockLine> lines, String skuId) {
        StockLine l = lines.get(UUID.fromString(skuId));
        return l == null ? skuId : l.code();
    }

    private static double sum(StockForecast.SkuDemand d, String source) {
        return d.steps().stream().filter(s -> s.source().equals(source)).mapToDouble(StockForecast.Step::units).sum();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CampaignDemand> demands(LocalDate from, LocalDate to) {
        return demands.between(from, to, 200);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CampaignDemand demand(UUID id) {
        return demands.find(id).orElseThrow(() -> new NotFoundException("campaignDemand", id));
    }

    /** Plans a campaign's demand: name (or the campaign's), start, expected orders, SKUs per order. */
    @PreAuthorize("hasRole('MEMBER')")
    public CampaignDemand plan(UUID campaignId, String name, LocalDate startsOn, Integer expectedOrders,
            Map<UUID, Integer> perOrder) {
        String n = InventoryText.clean(name);
        java.util.Optional<String> campaign = campaigns.nameOf(campaignId);
        if (n.isEmpty()) {
            n = campaign.orElse("");
        }
        Check c = Check.of().failIf(campaignId != null && campaign.isEmpty(), "campaignId", "UnknownId")
                .required("name", n).maxLength("name", n, 120).required("startsOn", startsOn)
                .required("expectedOrders", expectedOrders)
                .failIf(expectedOrders != null && (expectedOrders < 0 || expectedOrders > 10_000_000),
                        "expectedOrders", "Range", 0, 10_000_000)
                .failIf(perOrder == null || perOrder.isEmpty(), "lines", "NotNull");
        List<CampaignDemand.Line> lines = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int i = 0;
        for (var e : perOrder == null ? Map.<UUID, Integer>of().entrySet() : perOrder.entrySet()) {
            Sku sku = e.getKey() == null ? null : skus.find(e.getKey()).orElse(null);
            c.failIf(sku == null || !seen.add(e.getKey()), "lines[" + i + "].skuId", "UnknownId")
                    .failIf(e.getValue() == null || e.getValue() < 1 || e.getValue() > 1000,
                            "lines[" + i + "].perOrder", "Range", 1, 1000);
            if (sku != null) {
                lines.add(new CampaignDemand.Line(sku.id(), sku.code(), sku.name(), e.getValue() == null ? 0
                        : e.getValue()));
            }
            i++;
        }
        c.verify();
        CampaignDemand d = new CampaignDemand(Ids.newId(), campaignId, n, startsOn, expectedOrders, lines, 0);
        demands.insert(d, CurrentActor.idOrNull());
        audit.record("campaignDemand.created", "campaignDemand", d.id(), null, d);
        return demand(d.id());
    }
}
