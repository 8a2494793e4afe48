package dev.kizuna.success.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.Kpi;
import dev.kizuna.success.KpiMonth;
import dev.kizuna.success.Kpis;
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

/** {@code /api/v1/kpis}: KPI/KGI per customer with targets and actuals by month. */
@RestController
@Tag(name = "Customer success")
class KpisApi {

    private final Kpis kpis;

    KpisApi(Kpis kpis) {
        this.kpis = kpis;
    }

    record MonthJson(String month, BigDecimal target, BigDecimal actual, Integer attainment) {
    }

    record KpiJson(String id, String companyId, String name, String unit, String kind, String better,
            List<MonthJson> months, long version) {
        static KpiJson of(Kpi k) {
            return new KpiJson(k.id().toString(), k.companyId().toString(), k.name(), k.unit(), k.kind(), k.better(),
                    k.months().stream().map(m -> new MonthJson(m.month().toString(), m.target(), m.actual(),
                            m.attainment(k.better()))).toList(), k.version());
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/kpis")
    @Operation(summary = "A customer's KPIs and KGIs", description = "companyId (required).")
    Items<KpiJson> list(@RequestParam(required = false) String companyId) {
        var id = SuccessApi.id("companyId", companyId);
        if (id == null) {
            throw new RuleViolationException(FieldProblem.of("companyId", "NotBlank"));
        }
        return new Items<>(kpis.ofCompany(id).stream().map(KpiJson::of).toList());
    }

    @GetMapping("/api/v1/kpis/{id}")
    ResponseEntity<KpiJson> get(@PathVariable String id) {
        Kpi k = kpis.find(SuccessApi.pathId("kpi", id));
        return ResponseEntity.ok().eTag(Versions.etag(k.version())).body(KpiJson.of(k));
    }

    record KpiRequest(Long version, String companyId, String name, String unit, String kind, String better) {
    }

    @PostMapping("/api/v1/kpis")
    @Operation(summary = "Define a KPI or KGI for a customer (members)", description = """
            companyId, name, unit (e.g. 件, 円, %), kind (kgi | kpi), better (higher | lower).""")
    ResponseEntity<KpiJson> create(@RequestBody KpiRequest body) {
        Kpi created = kpis.create(SuccessApi.id("companyId", body.companyId()), body.name(), body.unit(), body.kind(),
                body.better());
        return ResponseEntity.created(URI.create("/api/v1/kpis/" + created.id()))
                .eTag(Versions.etag(created.version())).body(KpiJson.of(created));
    }

    @PatchMapping("/api/v1/kpis/{id}")
    @Operation(summary = "Change a KPI (members)", description = "version (or If-Match) required; stale gets 409.")
    ResponseEntity<KpiJson> update(@PathVariable String id, @RequestBody KpiRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Kpi after = kpis.update(SuccessApi.pathId("kpi", id), version, body.name(), body.unit(), body.kind(),
                body.better());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(KpiJson.of(after));
    }

    @GetMapping("/api/v1/kpis/{id}/actuals")
    @Operation(summary = "A KPI's targets and actuals by month, with attainment in percent")
    Items<MonthJson> actuals(@PathVariable String id) {
        return new Items<>(KpiJson.of(kpis.find(SuccessApi.pathId("kpi", id))).months());
    }

    record ActualsRequest(List<MonthJson> months) {
    }

    /** One description for both bodies: springdoc shows the JSON and the file handler as one operation. */
    static final String FILE_BODY = """
            JSON: months [{month: YYYY-MM, target, actual}]; a value left out keeps the stored one. All or nothing.
            Or the file itself as the body (text/csv, text/tab-separated-values or .xlsx): a header naming the month
            column (月, 年月, 対象月 or month) and a target (目標) and/or actual (実績) column, then a row a month
            (2026-04, 2026/4 or 2026年4月; numbers may carry commas, 円 or %), CSV in UTF-8 or Shift_JIS, at most
            256 KB and 120 months; a bad file is refused whole (422, field `file`, naming the row and column) and a
            blank cell keeps the stored value.""";

    @PostMapping("/api/v1/kpis/{id}/actuals")
    @Operation(summary = "Enter targets and/or actuals of months (members)", description = FILE_BODY)
    KpiJson putActuals(@PathVariable String id, @RequestBody ActualsRequest body) {
        List<MonthJson> raw = body.months() == null ? List.of() : body.months();
        List<KpiMonth> months = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            MonthJson m = raw.get(i);
            months.add(new KpiMonth(month("months[" + i + "].month", m.month()), m.target(), m.actual()));
        }
        return KpiJson.of(kpis.putMonths(SuccessApi.pathId("kpi", id), months));
    }

    @PostMapping(path = "/api/v1/kpis/{id}/actuals", consumes = {"text/csv", "text/tab-separated-values",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Enter targets and/or actuals of months (members)", description = FILE_BODY)
    KpiJson putActualsFile(@PathVariable String id, jakarta.servlet.http.HttpServletRequest request)
            throws java.io.IOException {
        java.util.UUID kpi = SuccessApi.pathId("kpi", id);
        kpis.find(kpi);
        return KpiJson.of(kpis.putMonths(kpi, dev.kizuna.success.KpiMonthsFile.read(request.getInputStream())));
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "SuccessMonth"));
        }
    }
}
