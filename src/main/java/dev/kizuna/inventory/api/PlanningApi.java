package dev.kizuna.inventory.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.inventory.CampaignDemand;
import dev.kizuna.inventory.DailyCheck;
import dev.kizuna.inventory.DemandForecast;
import dev.kizuna.inventory.ForecastRow;
import dev.kizuna.inventory.StockPlanRow;
import dev.kizuna.inventory.StockCheck;
import dev.kizuna.inventory.StockForecasts;
import dev.kizuna.inventory.StockPlans;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The forecast, campaign demand, the monthly plan beside actuals, and the daily check. */
@RestController
@Tag(name = "Inventory")
class PlanningApi {

    private final StockForecasts forecasts;
    private final StockPlans plans;
    private final StockCheck check;

    PlanningApi(StockForecasts forecasts, StockPlans plans, StockCheck check) {
        this.forecasts = forecasts;
        this.plans = plans;
        this.check = check;
    }

    record ForecastJson(LocalDate from, LocalDate to, int months, String scaledDemandId, Integer scaledTo,
            List<ForecastRowJson> items) {
    }

    record ForecastRowJson(String skuId, String sku, String name, String kind, double subscriptionUnits,
            double campaignUnits, double enclosureUnits, long total, long available, long toProcure,
            List<ForecastRow.Step> steps) {
    }

    @GetMapping("/api/v1/stock-forecast")
    @Operation(summary = "Demand forecast per SKU from today", description = """
            months (1–12, default 3). Per SKU: subscriptionUnits (each live subscription's deliveries in the window ×
            quantity × its start-month cohort's continuation rate), campaignUnits (planned campaign demand starting in
            the window: expected orders × per order), enclosureUnits (units × enclosures per unit), total (rounded
            up), available, toProcure, and the steps of the sum. campaignDemandId with customers: what if that
            campaign reached N customers.""")
    ForecastJson forecast(@RequestParam(required = false) Integer months,
            @RequestParam(required = false) String campaignDemandId, @RequestParam(required = false) Integer customers) {
        DemandForecast f = forecasts.forecast(months, ApiValues.optionalId("campaignDemandId", campaignDemandId), customers);
        return new ForecastJson(f.from(), f.to(), f.months(), ApiValues.text(f.scaledDemandId()), f.scaledTo(),
                f.rows().stream().map(r -> new ForecastRowJson(r.skuId().toString(), r.code(), r.name(), r.kind(),
                        r.subscriptionUnits(), r.campaignUnits(), r.enclosureUnits(), r.total(), r.available(),
                        r.toProcure(), r.steps())).toList());
    }

    record DemandLineJson(String skuId, String sku, String name, int perOrder) {
    }

    record DemandJson(String id, String campaignId, String name, LocalDate startsOn, int expectedOrders,
            List<DemandLineJson> lines) {
        static DemandJson of(CampaignDemand d) {
            return new DemandJson(d.id().toString(), ApiValues.text(d.campaignId()), d.name(), d.startsOn(),
                    d.expectedOrders(), d.lines().stream().map(l -> new DemandLineJson(l.skuId().toString(),
                            l.skuCode(), l.skuName(), l.perOrder())).toList());
        }
    }

    record DemandLineRequest(String skuId, Integer perOrder) {
    }

    record DemandRequest(String campaignId, String name, LocalDate startsOn, Integer expectedOrders,
            List<DemandLineRequest> lines) {
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/campaign-demands")
    @Operation(summary = "Planned campaign demand starting in a period (at most 200)",
            description = "from (default today), to (exclusive; default a year later).")
    Items<DemandJson> demands(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate f = from == null ? LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) : from;
        return new Items<>(forecasts.demands(f, to == null ? f.plusYears(1) : to).stream().map(DemandJson::of)
                .toList());
    }

    @PostMapping("/api/v1/campaign-demands")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a campaign's demand for the forecast (members)", description = """
            campaignId (optional), name, startsOn, expectedOrders, lines [{skuId, perOrder}].""")
    DemandJson plan(@RequestBody DemandRequest body) {
        Map<UUID, Integer> perOrder = new LinkedHashMap<>();
        List<DemandLineRequest> lines = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < lines.size(); i++) {
            perOrder.put(ApiValues.id("lines[" + i + "].skuId", lines.get(i).skuId()), lines.get(i).perOrder());
        }
        return DemandJson.of(forecasts.plan(ApiValues.optionalId("campaignId", body.campaignId()), body.name(),
                body.startsOn(), body.expectedOrders(), perOrder));
    }

    record PlanJson(String skuId, String sku, String name, String month, int plannedReceipts, int plannedShipments,
            long actualReceipts, long actualShipments, long receiptVariance, long shipmentVariance, Long version) {
        static PlanJson of(StockPlanRow r) {
            return new PlanJson(r.skuId().toString(), r.code(), r.name(), r.month().toString(), r.plannedReceipts(),
                    r.plannedShipments(), r.actualReceipts(), r.actualShipments(), r.receiptVariance(),
                    r.shipmentVariance(), r.version());
        }
    }

    record PlanRequest(String skuId, String month, Integer plannedReceipts, Integer plannedShipments, Long version) {
    }

    @GetMapping("/api/v1/stock-plans")
    @Operation(summary = "A month's plan per SKU beside the actual receipts and shipments, by SKU code",
            description = "month (YYYY-MM, default this month), filter[sku] (a SKU code); keyset-paged.")
    CursorPage<PlanJson> plans(@RequestParam(required = false) String month,
            @RequestParam(name = "filter[sku]", required = false) String sku,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return plans.month(month(month), sku == null || sku.isBlank() ? null : sku.strip(),
                PageQuery.of(limit, cursor)).map(PlanJson::of);
    }

    @PutMapping("/api/v1/stock-plans")
    @Operation(summary = "Set a SKU's plan for a month (managers)", description = """
            skuId, month (YYYY-MM), plannedReceipts, plannedShipments (0 or more), version (the plan's, when it has
            one; stale gets 409).""")
    PlanJson save(@RequestBody PlanRequest body) {
        return PlanJson.of(plans.save(ApiValues.optionalId("skuId", body.skuId()), month(body.month()),
                body.plannedReceipts(), body.plannedShipments(), body.version()));
    }

    @GetMapping("/api/v1/stock-check")
    @Operation(summary = "Today's check list", description = """
            shortfalls (order lines that could not ship), openTakes, belowReorderPoint, unreconciledSkus (stock not
            equal to the sum of movements), clear (nothing to do).""")
    DailyCheck daily() {
        return check.today();
    }

    record ShortfallRequest(String orderId, Integer orderLine, String skuId) {
    }

    @PostMapping("/api/v1/stock-check/shortfalls/ship")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ship an order line that was short, now that the stock is there (members)",
            description = "orderId, orderLine, skuId; 422 naming the SKU and shortfall while still short.")
    void shipShortfall(@RequestBody ShortfallRequest body) {
        check.shipShortfall(ApiValues.optionalId("orderId", body.orderId()), body.orderLine(),
                ApiValues.optionalId("skuId", body.skuId()));
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of("month", "InventoryMonth"));
        }
    }
}
