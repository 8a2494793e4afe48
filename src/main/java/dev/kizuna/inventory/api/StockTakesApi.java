package dev.kizuna.inventory.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.inventory.StockTake;
import dev.kizuna.inventory.StockTakes;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/stock-takes}: counting stock against the book, explaining differences, closing. */
@RestController
@Tag(name = "Inventory")
class StockTakesApi {

    private final StockTakes takes;

    StockTakesApi(StockTakes takes) {
        this.takes = takes;
    }

    record LineJson(String skuId, String sku, String name, long book, Long counted, Long difference, String reason,
            boolean explained) {
    }

    record TakeJson(String id, String locationId, String locationName, String title, String status,
            LocalDate startedOn, OffsetDateTime closedAt, long unexplained, List<LineJson> lines, long version) {
        static TakeJson of(StockTake t) {
            return new TakeJson(t.id().toString(), t.locationId().toString(), t.locationName(), t.title(),
                    t.status(), t.startedOn(), ApiValues.utc(t.closedAt()), t.unexplained(),
                    t.lines().stream().map(l -> new LineJson(l.skuId().toString(), l.code(), l.name(), l.book(),
                            l.counted(), l.difference(), l.reason(), l.explained())).toList(), t.version());
        }
    }

    record StartRequest(String locationId, String title, List<String> skuIds) {
    }

    record CountRequest(String skuId, Long counted, String reason) {
    }

    record CountsRequest(Long version, List<CountRequest> lines) {
    }

    record VersionRequest(Long version) {
    }

    @GetMapping("/api/v1/stock-takes")
    @Operation(summary = "Stock-takes, newest first, keyset-paged",
            description = "filter[status] (open, closed), filter[locationId].")
    CursorPage<TakeJson> list(@RequestParam(name = "filter[status]", required = false) String status,
            @RequestParam(name = "filter[locationId]", required = false) String locationId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return takes.list(status, ApiValues.optionalId("filter[locationId]", locationId), PageQuery.of(limit, cursor))
                .map(TakeJson::of);
    }

    @GetMapping("/api/v1/stock-takes/{id}")
    ResponseEntity<TakeJson> get(@PathVariable String id) {
        return answer(takes.find(ApiValues.pathId("stockTake", id)));
    }

    @PostMapping("/api/v1/stock-takes")
    @Operation(summary = "Start a stock-take at a location (members)", description = """
            locationId, title, skuIds (left out: every SKU that has had stock there). The book is today's stock.""")
    ResponseEntity<TakeJson> start(@RequestBody StartRequest body) {
        List<java.util.UUID> skuIds = body.skuIds() == null ? null : java.util.stream.IntStream
                .range(0, body.skuIds().size()).mapToObj(i -> ApiValues.id("skuIds[" + i + "]", body.skuIds().get(i)))
                .toList();
        StockTake t = takes.start(ApiValues.optionalId("locationId", body.locationId()), body.title(), skuIds);
        return VersionedAnswers.created("/api/v1/stock-takes", t.id(), t.version(), TakeJson.of(t));
    }

    @PostMapping("/api/v1/stock-takes/{id}/counts")
    @Operation(summary = "Enter counts and reasons (members)", description = """
            version (or If-Match), lines [{skuId, counted (0 or more; null: not counted), reason (needed before
            closing when counted differs from the book)}].""")
    ResponseEntity<TakeJson> count(@PathVariable String id, @RequestBody CountsRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        List<StockTakes.Count> counts = body.lines() == null ? null : java.util.stream.IntStream
                .range(0, body.lines().size()).mapToObj(i -> new StockTakes.Count(ApiValues.optionalId(
                        "lines[" + i + "].skuId", body.lines().get(i).skuId()), body.lines().get(i).counted(),
                        body.lines().get(i).reason())).toList();
        return answer(takes.count(ApiValues.pathId("stockTake", id), version, counts));
    }

    @PostMapping("/api/v1/stock-takes/{id}/close")
    @Operation(summary = "Close a stock-take (managers; cannot be undone)", description = """
            version (or If-Match). Refused (422, naming each line) while a line is uncounted or a difference has no
            reason; closing writes each difference as an adjustment movement.""")
    ResponseEntity<TakeJson> close(@PathVariable String id, @RequestBody(required = false) VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body == null ? null : body.version(), ifMatch);
        return answer(takes.close(ApiValues.pathId("stockTake", id), version));
    }

    private static ResponseEntity<TakeJson> answer(StockTake t) {
        return VersionedAnswers.ok(t.version(), TakeJson.of(t));
    }
}
