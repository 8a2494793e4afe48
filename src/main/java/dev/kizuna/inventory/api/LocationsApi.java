package dev.kizuna.inventory.api;

import java.util.List;

import dev.kizuna.inventory.Location;
import dev.kizuna.inventory.Locations;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.VersionedAnswers;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/locations}: the warehouse and the logistics partners that hold stock. */
@RestController
@Tag(name = "Inventory")
class LocationsApi {

    private final Locations locations;

    LocationsApi(Locations locations) {
        this.locations = locations;
    }

    record LocationJson(String id, String code, String name, String kind, boolean isDefault, String noticeEmail,
            String noticeWebhook, long version) {
        static LocationJson of(Location l) {
            return new LocationJson(l.id().toString(), l.code(), l.name(), l.kind(), l.isDefault(), l.noticeEmail(),
                    l.noticeWebhook(), l.version());
        }
    }

    record LocationRequest(Long version, String code, String name, String kind, Boolean isDefault,
            String noticeEmail, String noticeWebhook) {
        Location draft() {
            return new Location(null, code, name, kind, Boolean.TRUE.equals(isDefault), noticeEmail, noticeWebhook,
                    0);
        }
    }

    record Items<T>(List<T> items, String nextCursor) {
    }

    @GetMapping("/api/v1/locations")
    @Operation(summary = "Locations by name (at most 500)", description = "filter[kind] (warehouse, partner).")
    Items<LocationJson> list(@RequestParam(name = "filter[kind]", required = false) String kind) {
        return new Items<>(locations.list(kind).stream().map(LocationJson::of).toList(), null);
    }

    @GetMapping("/api/v1/locations/{id}")
    ResponseEntity<LocationJson> get(@PathVariable String id) {
        return answer(locations.find(ApiValues.pathId("location", id)));
    }

    @PostMapping("/api/v1/locations")
    @Operation(summary = "Add a location (managers)", description = """
            code (unique), name, kind (warehouse, partner), isDefault (order shipments leave from the default; the
            first location is the default), noticeEmail and noticeWebhook (https) for the Friday delivery notice.""")
    ResponseEntity<LocationJson> create(@RequestBody LocationRequest body) {
        Location l = locations.create(body.draft());
        return VersionedAnswers.created("/api/v1/locations", l.id(), l.version(), LocationJson.of(l));
    }

    @PatchMapping("/api/v1/locations/{id}")
    @Operation(summary = "Change a location's name, notice addresses or make it the default (managers)",
            description = "version (or If-Match) required; stale gets 409.")
    ResponseEntity<LocationJson> update(@PathVariable String id, @RequestBody LocationRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return answer(locations.update(ApiValues.pathId("location", id), version, body.draft()));
    }

    private static ResponseEntity<LocationJson> answer(Location l) {
        return VersionedAnswers.ok(l.version(), LocationJson.of(l));
    }
}
