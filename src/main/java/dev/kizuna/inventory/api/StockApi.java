package dev.kizuna.inventory.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.inventory.LocationStock;
import dev.kizuna.inventory.Movement;
import dev.kizuna.inventory.MovementDraft;
import dev.kizuna.inventory.Skus;
import dev.kizuna.inventory.Stock;
import dev.kizuna.inventory.StockLine;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/stock} and {@code /api/v1/stock-movements}: stock now, and the movements it is the sum of. */
@RestController
@Tag(name = "Inventory")
class StockApi {

    private final Stock stock;
    private final Skus skus;

    StockApi(Stock stock, Skus skus) {
        this.stock = stock;
        this.skus = skus;
    }

    record LocationJson(String locationId, String name, long onHand) {
    }

    record StockJson(String skuId, String sku, String name, String kind, long onHand, long allocated, long available,
            int reorderPoint, boolean belowReorderPoint, List<LocationJson> locations) {
        static StockJson of(StockLine l, List<LocationStock> at) {
            return new StockJson(l.skuId().toString(), l.code(), l.name(), l.kind(), l.onHand(), l.allocated(),
                    l.available(), l.reorderPoint(), l.belowReorderPoint(), at.stream().map(s -> new LocationJson(
                            s.locationId().toString(), s.locationName(), s.onHand())).toList());
        }
    }

    record MovementJson(String id, String skuId, String sku, String name, String locationId, String locationName,
            String kind, int quantity, LocalDate movedOn, String reason, String note, String orderId,
            Integer orderLine, String transferId, String stockTakeId, OffsetDateTime createdAt) {
        static MovementJson of(Movement m) {
            return new MovementJson(m.id().toString(), m.skuId().toString(), m.skuCode(), m.skuName(),
                    m.locationId().toString(), m.locationName(), m.kind(), m.quantity(), m.movedOn(), m.reason(),
                    m.note(), ApiValues.text(m.orderId()), m.orderLine(), ApiValues.text(m.transferId()),
                    ApiValues.text(m.stockTakeId()), ApiValues.utc(m.createdAt()));
        }
    }

    record MovementRequest(String kind, String skuId, String sku, String locationId, String toLocationId,
            Integer quantity, LocalDate movedOn, String reason, String note) {
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/stock")
    @Operation(summary = "Stock per active SKU: on hand, allocated, available; keyset-paged", description = """
            filter[sku] (a SKU code), filter[kind] (product, enclosure), filter[belowReorderPoint] (true: available
            under the reorder point); sort = code (default) or name, desc=true|false. Each item breaks on hand down by
            location.""")
    CursorPage<StockJson> list(@RequestParam(name = "filter[sku]", required = false) String sku,
            @RequestParam(name = "filter[kind]", required = false) String kind,
            @RequestParam(name = "filter[belowReorderPoint]", required = false) Boolean below,
            @RequestParam(required = false) String sort, @RequestParam(required = false) boolean desc,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        CursorPage<StockLine> page = stock.list(sku == null ? null : sku.strip(), kind, below, sort, desc,
                PageQuery.of(limit, cursor));
        Map<UUID, List<LocationStock>> at = stock.byLocation(page.items().stream().map(StockLine::skuId).toList());
        return page.map(l -> StockJson.of(l, at.getOrDefault(l.skuId(), List.of())));
    }

    @GetMapping("/api/v1/stock-movements")
    @Operation(summary = "Stock movements, newest first, keyset-paged", description = """
            filter[sku] (a SKU code: its history), filter[kind] (receipt, shipment, return, adjustment, transfer),
            filter[locationId]. quantity is signed: + in, − out.""")
    CursorPage<MovementJson> movements(@RequestParam(name = "filter[sku]", required = false) String sku,
            @RequestParam(name = "filter[kind]", required = false) String kind,
            @RequestParam(name = "filter[locationId]", required = false) String locationId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        PageQuery page = PageQuery.of(limit, cursor);
        SkuFilter filter = SkuFilter.of(skus, sku);
        if (filter.matchesNothing()) {
            return new CursorPage<>(List.of(), null);
        }
        return stock.movements(filter.id(), kind, ApiValues.optionalId("filter[locationId]", locationId), page)
                .map(MovementJson::of);
    }

    @PostMapping("/api/v1/stock-movements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a movement (members); a transfer answers both of its movements", description = """
            kind (receipt, shipment, return, adjustment, transfer), skuId or sku (the code), locationId (left out: the
            default location), toLocationId (transfer), quantity (1 or more; an adjustment is signed and needs a
            reason), movedOn (today or earlier; default today), reason, note. A shipment or transfer that would take
            the location below zero is 422 naming the SKU and the shortfall; 409 when another movement took the
            stock meanwhile.""")
    Items<MovementJson> move(@RequestBody MovementRequest body) {
        UUID skuId = ApiValues.optionalId("skuId", body.skuId());
        if (skuId == null && body.sku() != null) {
            skuId = skus.byCode(body.sku()).map(s -> s.id()).orElseThrow(() ->
                    new dev.kizuna.platform.api.RuleViolationException(
                            dev.kizuna.platform.api.FieldProblem.of("sku", "UnknownId")));
        }
        List<Movement> written = stock.move(new MovementDraft(body.kind(), skuId,
                ApiValues.optionalId("locationId", body.locationId()),
                ApiValues.optionalId("toLocationId", body.toLocationId()), body.quantity(), body.movedOn(),
                body.reason(), body.note()));
        return new Items<>(written.stream().map(MovementJson::of).toList());
    }
}
