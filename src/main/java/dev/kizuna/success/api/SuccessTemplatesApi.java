package dev.kizuna.success.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.success.PhaseSpan;
import dev.kizuna.success.SuccessTemplate;
import dev.kizuna.success.SuccessTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/success-templates}: everyone reads them; administrators add their own. */
@RestController
@Tag(name = "Customer success")
class SuccessTemplatesApi {

    private final SuccessTemplates templates;

    SuccessTemplatesApi(SuccessTemplates templates) {
        this.templates = templates;
    }

    record PhaseJson(String key, String name, Integer startMonths, Integer endMonths) {
    }

    record ItemJson(Integer phase, String title, String titleKey, String side, Integer dueOffsetDays) {
    }

    record TemplateJson(String id, String name, boolean builtin, List<PhaseJson> phases, List<ItemJson> items,
            long version) {
        static TemplateJson of(SuccessTemplate t) {
            return new TemplateJson(t.id().toString(), t.name(), t.builtin(),
                    t.phases().stream().map(p -> new PhaseJson(p.key(), p.name(), p.startMonths(), p.endMonths()))
                            .toList(),
                    t.items().stream().map(i -> new ItemJson(i.phase(), i.title(), i.titleKey(), i.side(),
                            i.dueOffsetDays())).toList(), t.version());
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/success-templates")
    Items<TemplateJson> list() {
        return new Items<>(templates.list().stream().map(TemplateJson::of).toList());
    }

    @GetMapping("/api/v1/success-templates/{id}")
    TemplateJson get(@PathVariable String id) {
        return TemplateJson.of(templates.find(SuccessApi.pathId("successTemplate", id)));
    }

    record TemplateRequest(String name, List<PhaseJson> phases, List<ItemJson> items) {
    }

    @PostMapping("/api/v1/success-templates")
    @Operation(summary = "Add a success-plan template (administrators)", description = """
            name; phases in order, each {name, startMonths, endMonths}: months from go-live, each phase starting
            where the last ended, only the last open-ended (no endMonths); items {phase (0-based), title, side
            (customer | us), dueOffsetDays (days from go-live, -730…730)}.""")
    ResponseEntity<TemplateJson> create(@RequestBody TemplateRequest body) {
        List<PhaseSpan> phases = body.phases() == null ? List.of() : body.phases().stream()
                .map(p -> new PhaseSpan(0, null, p.name(), p.startMonths() == null ? Integer.MIN_VALUE
                        : p.startMonths(), p.endMonths())).toList();
        List<SuccessTemplate.Item> items = body.items() == null ? List.of() : body.items().stream()
                .map(i -> new SuccessTemplate.Item(i.phase() == null ? -1 : i.phase(), i.title(), null, i.side(),
                        i.dueOffsetDays() == null ? Integer.MIN_VALUE : i.dueOffsetDays())).toList();
        SuccessTemplate created = templates.create(body.name(), phases, items);
        return ResponseEntity.created(URI.create("/api/v1/success-templates/" + created.id()))
                .body(TemplateJson.of(created));
    }
}
