package dev.kizuna.success.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.Churn;
import dev.kizuna.success.ChurnReason;
import dev.kizuna.success.Churns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

/** {@code /api/v1/churns}: churns with their interviews, and the list of churn reasons. */
@RestController
@Tag(name = "Customer success")
class ChurnsApi {

    private final Churns churns;

    ChurnsApi(Churns churns) {
        this.churns = churns;
    }

    record ChurnJson(String id, String contractId, String companyId, String companyName, LocalDate churnedOn,
            String reasonId, String reasonName, String questions, String answers, String cause, String improvement,
            long version) {
        static ChurnJson of(Churn c) {
            return new ChurnJson(c.id().toString(), c.contractId().toString(), c.companyId().toString(),
                    c.companyName(), c.churnedOn(), c.reasonId().toString(), c.reasonName(), c.questions(),
                    c.answers(), c.cause(), c.improvement(), c.version());
        }
    }

    @GetMapping("/api/v1/churns")
    @Operation(summary = "Churns, newest first, keyset-paged", description = "filter[companyId].")
    @ListFilters({"companyId"})
    CursorPage<ChurnJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return churns.list(SuccessApi.id("filter[companyId]", SuccessApi.param(request.getParameterMap(),
                "companyId")), PageQuery.of(limit, cursor)).map(ChurnJson::of);
    }

    @GetMapping("/api/v1/churns/{id}")
    ResponseEntity<ChurnJson> get(@PathVariable String id) {
        Churn c = churns.find(SuccessApi.pathId("churn", id));
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(ChurnJson.of(c));
    }

    record ChurnRequest(Long version, String contractId, String churnedOn, String reasonId, String questions,
            String answers, String cause, String improvement) {
        Churns.Interview interview() {
            return new Churns.Interview(questions, answers, cause, improvement);
        }
    }

    @PostMapping("/api/v1/churns")
    @Operation(summary = "Record a contract's churn and its interview (members)", description = """
            contractId, version (the contract's; or If-Match), churnedOn (not before the contract's start),
            reasonId (GET /api/v1/churn-reasons), questions, answers, cause (解約要因・仮説), improvement (改善案).""")
    ResponseEntity<ChurnJson> create(@RequestBody ChurnRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Churn c = churns.record(SuccessApi.id("contractId", body.contractId()), version,
                SuccessApi.date("churnedOn", body.churnedOn()), SuccessApi.id("reasonId", body.reasonId()),
                body.interview());
        return ResponseEntity.created(URI.create("/api/v1/churns/" + c.id())).eTag(Versions.etag(c.version()))
                .body(ChurnJson.of(c));
    }

    @PatchMapping("/api/v1/churns/{id}")
    @Operation(summary = "Change a churn's reason or interview (members)", description = """
            reasonId, questions, answers, cause, improvement. version (or If-Match) required; stale gets 409.""")
    ResponseEntity<ChurnJson> update(@PathVariable String id, @RequestBody ChurnRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Churn before = churns.find(SuccessApi.pathId("churn", id));
        Churn after = churns.updateInterview(before.id(), version, SuccessApi.id("reasonId", body.reasonId()),
                new Churns.Interview(body.questions() == null ? before.questions() : body.questions(),
                        body.answers() == null ? before.answers() : body.answers(),
                        body.cause() == null ? before.cause() : body.cause(),
                        body.improvement() == null ? before.improvement() : body.improvement()));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ChurnJson.of(after));
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/churn-reasons")
    Items<ChurnReason> reasons() {
        return new Items<>(churns.reasons());
    }

    record ReasonRequest(String name) {
    }

    @PostMapping("/api/v1/churn-reasons")
    @Operation(summary = "Add a churn reason (administrators)")
    ChurnReason addReason(@RequestBody ReasonRequest body) {
        return churns.addReason(body.name());
    }
}
