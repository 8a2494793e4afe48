package dev.kizuna.marketing.api;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.kizuna.marketing.CustomerFigures;
import dev.kizuna.marketing.CustomerStages;
import dev.kizuna.marketing.MarketingReports;
import dev.kizuna.marketing.MarketingSettings;
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

/** F stages, 12-month LTV and RFM: the reports, a customer's figures, the settings and the rebuild. */
@RestController
@Tag(name = "Marketing")
class MarketingReportsApi {

    private final MarketingReports reports;
    private final CustomerStages stages;

    MarketingReportsApi(MarketingReports reports, CustomerStages stages) {
        this.reports = reports;
        this.stages = stages;
    }

    @GetMapping("/api/v1/marketing-reports/f-stages")
    @Operation(summary = "Customers per F stage now, and per month the moves F0→F1 … F3→F4 and the F2 conversion",
            description = """
            from, to: YYYY-MM (default: the last twelve months; at most 36). customersByStage: F0–F4. Per month: toF1
            (first purchases), toF2, toF3, toF4; firstBuyers, reachedF2 (of them, by now), f2ConversionPermille.""")
    MarketingReports.StageReport fStages(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        YearMonth now = YearMonth.from(stages.today());
        return reports.stages(ApiInput.month("from", from, now.minusMonths(11)), ApiInput.month("to", to, now));
    }

    @GetMapping("/api/v1/marketing-reports/ltv")
    @Operation(summary = "12-month LTV per cohort (month of the first purchase) and overall, against the goal",
            description = """
            from, to: YYYY-MM (default: the last twelve months; at most 36). averageLtv is yen with tax; a cohort is
            complete once twelve months have passed for all its customers; the overall figure counts only customers
            whose twelve months are over.""")
    MarketingReports.LtvReport ltv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        YearMonth now = YearMonth.from(stages.today());
        return reports.ltv(ApiInput.month("from", from, now.minusMonths(11)), ApiInput.month("to", to, now));
    }

    record FiguresJson(String companyId, String stage, int paidOrders, long revenue, LocalDate firstOn,
            LocalDate lastOn, long ltv12m, LocalDate f2On, LocalDate f3On, LocalDate f4On, Integer recency,
            Integer frequency, Integer monetary) {
        static FiguresJson of(String companyId, CustomerFigures f) {
            return f == null ? new FiguresJson(companyId, "F0", 0, 0, null, null, 0, null, null, null, null, null, null)
                    : new FiguresJson(companyId, "F" + f.stage(), f.paidOrders(), f.revenue(), f.firstOn(), f.lastOn(),
                    f.ltv12m(), f.f2On(), f.f3On(), f.f4On(), f.recency(), f.frequency(), f.monetary());
        }
    }

    @GetMapping("/api/v1/customer-figures/{companyId}")
    @Operation(summary = "A customer's F stage, paid orders, revenue, 12-month LTV, stage dates and RFM scores (1–5)")
    FiguresJson figures(@PathVariable String companyId) {
        var id = ApiValues.pathId("company", companyId);
        return FiguresJson.of(id.toString(), stages.of(id).orElse(null));
    }

    record Rebuilt(int customers) {
    }

    @PostMapping("/api/v1/customer-figures/rebuild")
    @Operation(summary = "Rebuild every customer's figures and the RFM quintiles from scratch (administrators)")
    Rebuilt rebuild() {
        return new Rebuilt(stages.rebuild());
    }

    record SettingsRequest(Long version, Integer f2From, Integer f3From, Integer f4From, Object ltvGoal) {
    }

    @GetMapping("/api/v1/marketing-settings")
    ResponseEntity<MarketingSettings> settings() {
        MarketingSettings s = stages.settings();
        return VersionedAnswers.ok(s.version(), s);
    }

    @PatchMapping("/api/v1/marketing-settings")
    @Operation(summary = "Change the stage boundaries or the LTV goal (administrators)", description = """
            f2From, f3From, f4From (paid orders for F2, F3, F4; rising; default 2, 3, 4), ltvGoal (yen; default
            35,000). version (or If-Match) required. New boundaries rebuild every customer's figures.""")
    ResponseEntity<MarketingSettings> updateSettings(@RequestBody SettingsRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        MarketingSettings s = stages.updateSettings(version, body.f2From(), body.f3From(), body.f4From(),
                ApiValues.yen("ltvGoal", body.ltvGoal()));
        return VersionedAnswers.ok(s.version(), s);
    }
}
