package dev.kizuna.customers.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.customers.ListView;
import dev.kizuna.customers.ListViews;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/list-views}: saved lists — the caller's own and everyone's shared ones. */
@RestController
@RequestMapping("/api/v1/list-views")
@Tag(name = "Saved list views")
class ListViewsApi {

    private final ListViews views;

    ListViewsApi(ListViews views) {
        this.views = views;
    }

    record ViewJson(String id, String objectType, String name, String ownerId, String ownerName, boolean shared,
            String query) {
        static ViewJson of(ListView v) {
            return new ViewJson(v.id().toString(), v.objectType(), v.name(), v.ownerId().toString(), v.ownerName(),
                    v.shared(), v.query());
        }
    }

    record ViewList(List<ViewJson> items, String nextCursor) {
    }

    @GetMapping
    @Operation(summary = "Saved views of a list", description = """
            filter[objectType]=company. query is the list's query string: pass it to GET /api/v1/companies as is.""")
    ViewList list(@RequestParam(name = "filter[objectType]", defaultValue = "company") String objectType) {
        return new ViewList(views.visible(objectType).stream().map(ViewJson::of).toList(), null);
    }

    record CreateRequest(String objectType, String name, String query, Boolean shared) {
    }

    @PostMapping
    @Operation(summary = "Save a view", description = "shared=true shows it to everyone (members and above).")
    ResponseEntity<ViewJson> create(@RequestBody CreateRequest body) {
        ListView saved = views.save(body.objectType() == null ? "company" : body.objectType(), body.name(), body.query(),
                Boolean.TRUE.equals(body.shared()));
        return ResponseEntity.created(URI.create("/api/v1/list-views/" + saved.id())).body(ViewJson.of(saved));
    }

    @GetMapping("/{id}")
    ViewJson get(@PathVariable String id) {
        return ViewJson.of(views.find(Ids.parse(id).orElseThrow(() -> new NotFoundException("list-view", id))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a view (its owner or an administrator)")
    ResponseEntity<Void> delete(@PathVariable String id) {
        views.delete(Ids.parse(id).orElseThrow(() -> new NotFoundException("list-view", id)));
        return ResponseEntity.noContent().build();
    }
}
