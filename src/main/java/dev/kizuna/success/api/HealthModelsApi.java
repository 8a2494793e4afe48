package dev.kizuna.success.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.BacktestResult;
import dev.kizuna.success.HealthBacktests;
import dev.kizuna.success.HealthDefinition;
import dev.kizuna.success.HealthModel;
import dev.kizuna.success.HealthModels;
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
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/health-models}: health models, drafts and published versions, publishing and back-tests. */
@RestController
@Tag(name = "Customer success")
class HealthModelsApi {

    private final HealthModels models;
    private final HealthBacktests backtests;

    HealthModelsApi(HealthModels models, HealthBacktests backtests) {
        this.models = models;
        this.backtests = backtests;
    }

    record ModelJson(String id, String modelKey, int number, String name, String status, int position,
            HealthDefinition definition, Instant publishedAt, long version) {
        static ModelJson of(HealthModel m) {
            return new ModelJson(m.id().toString(), m.modelKey().toString(), m.number(), m.name(), m.status(),
                    m.position(), m.definition(), m.publishedAt(), m.version());
        }
    }

    record Items<T>(List<T> items) {
    }

    record ModelRequest(Long version, String name, Integer position, String basedOn, HealthDefinition definition) {
    }

    @GetMapping("/api/v1/health-models")
    @Operation(summary = "Health models: drafts, published and retired versions, in the order they are tried")
    Items<ModelJson> list() {
        return new Items<>(models.list().stream().map(ModelJson::of).toList());
    }

    @GetMapping("/api/v1/health-models/{id}")
    ResponseEntity<ModelJson> get(@PathVariable String id) {
        HealthModel m = models.find(SuccessApi.pathId("healthModel", id));
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(ModelJson.of(m));
    }

    @PostMapping("/api/v1/health-models")
    @Operation(summary = "Create a draft health model (administrators)", description = """
            name, position (published models are tried in this order; a customer takes the first whose segment it is
            in), basedOn (a model's id: the new draft is its next version), definition: components [{key, measure,
            params, weight, thresholds [{from, to, points}], choicePoints {choice: points}, missingPoints}] whose
            weights add up to 100, bands {caution, good, expansion} (0–100, rising; below caution is 危険), segment
            {kind: company | individual, tag}, dropPoints, dropDays (a drop of that many points within that many days
            alerts the owner), routeDanger, routeExpansion. Measures: daysSinceLastActivity, activityCount (params
            type, days), latePayments (days), checklistCompletion, lifecyclePhase, kpiAttainment, contractAgeDays,
            daysToRenewal, overdueTasks, usageMetric (metric), customField (field). A problem names the component:
            components[<key>].measure, components[<key>].thresholds, components (weights), bands.""")
    ResponseEntity<ModelJson> create(@RequestBody ModelRequest body) {
        UUID basedOn = SuccessApi.id("basedOn", body.basedOn());
        HealthModel created = models.create(body.name(), body.position(), body.definition(), basedOn);
        return ResponseEntity.created(URI.create("/api/v1/health-models/" + created.id()))
                .eTag(Versions.etag(created.version())).body(ModelJson.of(created));
    }

    @PatchMapping("/api/v1/health-models/{id}")
    @Operation(summary = "Change a draft health model (administrators)", description = """
            name, position, definition (whole). A published or retired version never changes: 422 on status; create
            a new draft with basedOn. version (or If-Match) is required; a stale one gets 409.""")
    ResponseEntity<ModelJson> update(@PathVariable String id, @RequestBody ModelRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID modelId = SuccessApi.pathId("healthModel", id);
        long version = Versions.required(body.version(), ifMatch);
        HealthModel after = models.update(modelId, version, body.name(), body.position(), body.definition());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ModelJson.of(after));
    }

    record PublishRequest(Long version) {
    }

    @PostMapping("/api/v1/health-models/{id}/publish")
    @Operation(summary = "Publish a draft (administrators)", description = """
            The draft becomes the model's published version (the previous one is retired) and every customer is
            scored again. version (or If-Match) is required.""")
    ResponseEntity<ModelJson> publish(@PathVariable String id, @RequestBody(required = false) PublishRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID modelId = SuccessApi.pathId("healthModel", id);
        long version = Versions.required(body == null ? null : body.version(), ifMatch);
        HealthModel after = models.publish(modelId, version);
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ModelJson.of(after));
    }

    record BacktestRequest(String from, String to, Integer daysBefore, String compareWith) {
    }

    record BacktestJson(BacktestResult model, BacktestResult comparison) {
    }

    @PostMapping("/api/v1/health-models/{id}/backtest")
    @Operation(summary = "Back-test a model against the customers' churns and renewals (managers)", description = """
            from, to (YYYY-MM-DD, default the last two years), daysBefore (default 60): each churn and renewal in the
            period is scored as of that many days before it, from what was known then. Answers the AUC, the churn
            rate and lift of each band, a lift chart by fifths and every outcome; compareWith (another model's id)
            back-tests it the same way side by side.""")
    BacktestJson backtest(@PathVariable String id, @RequestBody(required = false) BacktestRequest body) {
        BacktestRequest b = body == null ? new BacktestRequest(null, null, null, null) : body;
        UUID modelId = SuccessApi.pathId("healthModel", id);
        UUID other = SuccessApi.id("compareWith", b.compareWith());
        var from = SuccessApi.date("from", b.from());
        var to = SuccessApi.date("to", b.to());
        BacktestResult result = backtests.run(modelId, from, to, b.daysBefore());
        return new BacktestJson(result, other == null ? null : backtests.run(other, from, to, b.daysBefore()));
    }
}
